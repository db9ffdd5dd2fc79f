import type { SeedStory } from "./types";

// The port, the dock strike, and culture.
export const portStories: SeedStory[] = [
  {
    key: "port-terminal-automation-plan",
    slug: "halvern-port-unveils-plan-to-automate-kvarn-point-terminal",
    headline: "Halvern port unveils 1.4 billion-mark plan to automate Kvarn Point terminal",
    summary:
      "The port authority wants to double container capacity by the end of the decade. The dockworkers’ union says up to 600 jobs are at risk.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 220,
    authors: ["nadia"],
    tags: ["port-and-shipping", "halvern-port-authority", "mira-castell", "kvarn-point", "labour"],
    body: [
      {
        type: "p",
        text: "The [[tag:halvern-port-authority|Halvern Port Authority]] unveiled a 1.4 billion-mark plan to automate the container terminal at [[tag:kvarn-point|Kvarn Point]], saying it needed to double capacity to keep Estmark’s largest port competitive with rivals across the North Sea.",
      },
      {
        type: "p",
        text: "The plan, drawn up with the terminal’s operator, Ostra Terminals, would replace the yard’s diesel straddle carriers with automated stacking cranes and introduce remotely operated ship-to-shore cranes on the terminal’s two deep-water berths. Capacity would rise from 1.1 million to 2.2 million containers a year.",
      },
      {
        type: "p",
        text: "“If we stand still, the ships will go to ports that did not,” [[tag:mira-castell|Mira Castell]], the port authority’s director, told a news conference at the harbour office. “This is how we keep Halvern a port city and not a city that used to have a port.”",
      },
      {
        type: "p",
        text: "The port authority would pay for new quay walls, dredging and power connections, about 520 million marks, and Ostra would finance the cranes and software. The authority said it would apply for national and European infrastructure grants to cover part of its share.",
      },
      {
        type: "p",
        text: "The Halvern branch of the Harbour and Transport Workers’ Union said the plan could eliminate between 400 and 600 of the terminal’s roughly 1,300 jobs, mostly straddle-carrier drivers and crane operators. “Nobody asked the people who actually move the boxes,” said Dag Ekholm, the branch chair. “We read about it this morning like everyone else.”",
      },
      {
        type: "p",
        text: "Ostra Terminals said in an emailed response that automation would create “new, skilled roles in remote operations and maintenance” and that it would not make anyone compulsorily redundant during the construction period, which is expected to last five years.",
      },
      {
        type: "p",
        text: "The plan requires approval from the city council, which owns the port authority, and an environmental permit for dredging. Castell said she hoped to bring it to the council within six months.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Mira Castell, director of the Halvern Port Authority",
        headcount: 1,
        basisOfKnowledge: "presented the plan at a news conference",
        anonymityReason: "",
        privateIdentity: "Mira Castell",
        privateContact: "press office 555-0200, press@halvernport.example.test",
        approved: true,
      },
      {
        anonymous: false,
        publicDescription: "Dag Ekholm, chair of the HTWU’s Halvern branch",
        headcount: 1,
        basisOfKnowledge: "leads the union representing most terminal workers",
        anonymityReason: "",
        privateIdentity: "Dag Ekholm",
        privateContact: "555-0211",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Ostra Terminals",
        channel: "EMAIL",
        sentHoursBeforePublish: 3,
        deadlineHoursAfterSent: 3,
        outcome: "RESPONDED",
        responseText:
          "Automation will create new, skilled roles in remote operations and maintenance. No one will be made compulsorily redundant during the construction period.",
      },
    ],
    related: [
      {
        kind: "external",
        outlet: "Harbour & Freight Weekly",
        url: "https://www.example.org/hfw/terminals/halvern-automation",
        headline: "Halvern joins the automation race",
        hoursAgo: 215,
        excerpt:
          "The plan would make Kvarn Point the second fully automated terminal in the region.",
      },
      { kind: "internal", storyKey: "port-strike-vote" },
    ],
  },

  {
    key: "port-strike-vote",
    slug: "halvern-dockworkers-vote-to-strike-over-automation",
    headline: "Halvern dockworkers vote to strike over automation plan",
    summary:
      "Eighty-four percent of union members backed strike action after Ostra Terminals refused to guarantee jobs for workers displaced by automated cranes.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 150,
    authors: ["nadia"],
    tags: ["labour", "port-and-shipping", "harbour-workers-union", "dag-ekholm", "kvarn-point"],
    body: [
      {
        type: "p",
        text: "Dockworkers at Halvern’s [[tag:kvarn-point|Kvarn Point]] container terminal voted overwhelmingly to strike after the operator, Ostra Terminals, refused to guarantee jobs for staff who would be displaced by a planned switch to automated cranes.",
      },
      {
        type: "p",
        text: "Eighty-four percent of members of the [[tag:harbour-workers-union|Harbour and Transport Workers’ Union]] who took part in the ballot backed strike action, on a turnout of 71 percent, [[src:0|the union said]]. Under Estmark law, the union must give seven days’ notice before any stoppage begins.",
      },
      {
        type: "p",
        text: "“This vote is not against the future. It is against a future that has no room for the people who built this port,” said [[tag:dag-ekholm|Dag Ekholm]], chair of the union’s Halvern branch. He said the union wanted a written guarantee of redeployment or retraining for every worker affected, and a seat on the committee overseeing the project.",
      },
      {
        type: "p",
        text: "Ostra Terminals declined to comment on the ballot result. It has said previously that automation will create new skilled jobs and that there will be no compulsory redundancies during construction.",
      },
      {
        type: "p",
        text: "The port authority, which owns the terminal land and proposed the automation plan, said it regretted the vote. “We want a deal that works for the people at Kvarn Point. A strike makes that harder, not easier,” a spokesman said by phone.",
      },
      {
        type: "p",
        text: "Ekholm said the union remained willing to negotiate during the notice period and had proposed an independent review of the automation timetable. He said members had been angered by a letter from Ostra to staff describing the automation plan as “not a subject for collective bargaining”, which was circulated the day before voting closed.",
      },
      {
        type: "p",
        text: "The last strike at the terminal, over pay, lasted nine days and left more than 30 ships waiting at anchor off the coast. Freight forwarders said customers had begun moving some cargo bookings to Nordvik and other ports as a precaution.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "the Harbour and Transport Workers’ Union",
        headcount: 1,
        basisOfKnowledge: "published ballot result",
        anonymityReason: "",
        privateIdentity: "HTWU Halvern branch office",
        privateContact: "office@htwu-halvern.example.test",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Ostra Terminals",
        channel: "PHONE",
        sentHoursBeforePublish: 2,
        outcome: "DECLINED",
      },
      {
        organisation: "Halvern Port Authority",
        channel: "PHONE",
        sentHoursBeforePublish: 2,
        outcome: "RESPONDED",
        responseText:
          "We want a deal that works for the people at Kvarn Point. A strike makes that harder, not easier.",
      },
    ],
    related: [
      { kind: "internal", storyKey: "port-terminal-automation-plan" },
      { kind: "internal", storyKey: "port-strike-begins" },
    ],
  },

  {
    key: "port-storm-closure",
    slug: "storm-closes-halvern-port-and-suspends-lindholm-ferries",
    headline: "Storm closes Halvern port and suspends Lindholm ferries",
    summary:
      "Harbour pilots were stood down and a cargo ship dragged its anchor in winds gusting to 130 km/h. No one was hurt.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 106,
    authors: ["nadia", "leena"],
    tags: ["port-and-shipping", "weather", "halvern-port-authority", "halvern"],
    body: [
      {
        type: "p",
        text: "The [[tag:halvern-port-authority|Halvern Port Authority]] closed the harbour to all traffic and ferry services to the island of Lindholm were suspended as Storm Halla brought gusts of up to 130 km/h to the west coast.",
      },
      {
        type: "p",
        text: "Harbour pilots, who guide large ships in and out of the port, were stood down shortly after midday. The authority said it expected the closure to last at least 24 hours and that 14 vessels were waiting at anchor or had diverted to sheltered waters further south.",
      },
      {
        type: "p",
        text: "One of them, the general cargo ship Northern Tern, dragged its anchor about two nautical miles from the harbour entrance in the early afternoon. A tug was sent to stand by and the crew of 18 managed to re-anchor the vessel safely, [[src:0|the Estmark Maritime Administration said]].",
      },
      {
        type: "p",
        text: "“We had good warning of this storm and we used it,” said a port authority spokesman. “Closing a port costs money. Opening one too early costs lives.”",
      },
      {
        type: "p",
        text: "Lindholm Ferries said no sailings would run until the storm had passed, stranding several hundred passengers on both sides. About 2,600 people live on the island, which depends on the ferry for food deliveries and for patients travelling to hospital in Halvern.",
      },
      {
        type: "p",
        text: "On the island, the local health centre said it had arranged for a coastguard helicopter to be on standby for medical emergencies, and the island’s only shop said it had enough fresh food for about three days. “We are used to this. We are less used to it lasting longer than a day,” said the shop’s owner, Greta Falk.",
      },
      {
        type: "p",
        text: "The Estmark Meteorological Institute said the strongest winds would ease overnight but warned that heavy rain falling on already saturated ground could cause flooding along the River Kessel.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "the Estmark Maritime Administration",
        headcount: 1,
        basisOfKnowledge: "duty officer at the coastal traffic centre, by phone",
        anonymityReason: "",
        privateIdentity: "Duty officer, west coast vessel traffic service",
        privateContact: "555-0250",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Estmark Maritime Administration",
        channel: "PHONE",
        sentHoursBeforePublish: 1,
        outcome: "RESPONDED",
        responseText:
          "The Northern Tern dragged its anchor in the early afternoon. A tug stood by and the crew re-anchored safely. No injuries.",
      },
    ],
    related: [
      { kind: "internal", storyKey: "weather-storm-warning" },
      { kind: "internal", storyKey: "floods-brask-evacuated" },
    ],
  },

  {
    key: "port-strike-begins",
    slug: "dock-strike-halts-container-traffic-at-halvern",
    headline: "Dock strike halts container traffic at Halvern as ships queue offshore",
    summary:
      "The first full stoppage at Kvarn Point in six years has left 19 container ships waiting at anchor. Business groups warn of shortages within days.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 30,
    authors: ["nadia"],
    tags: [
      "labour",
      "port-and-shipping",
      "kvarn-point",
      "dag-ekholm",
      "harbour-workers-union",
      "mira-castell",
    ],
    body: [
      {
        type: "p",
        text: "Container traffic at Halvern, Estmark’s largest port, came to a standstill as dockworkers at the [[tag:kvarn-point|Kvarn Point]] terminal walked out in protest at plans to automate the yard, the first full stoppage there in six years.",
      },
      {
        type: "p",
        text: "Pickets gathered at the terminal’s two gates from 6 a.m., and by mid-morning no cranes were moving. Ostra Terminals, which operates Kvarn Point under a concession from the port authority, said 19 container ships were at anchor or had slowed their approach, and that it had suspended truck bookings until further notice. Several hundred trucks that had arrived to collect containers were turned away, and the police closed one lane of the port access road to stop queues backing onto the motorway.",
      },
      {
        type: "p",
        text: "“We gave them seven days. We gave them seven months before that,” said [[tag:dag-ekholm|Dag Ekholm]], chair of the Halvern branch of the [[tag:harbour-workers-union|Harbour and Transport Workers’ Union]], standing at the main gate with about 200 strikers. “The cranes will move again when there is a signature on a piece of paper that says nobody is thrown away.” He said the strike would continue indefinitely and that the union would pay members strike benefit of 900 marks a week from its reserve fund.",
      },
      { type: "h2", text: "Ships at anchor" },
      {
        type: "p",
        text: "The terminal normally handles about 3,000 containers a day, roughly 60 percent of Estmark’s container imports. Perishable cargo, including fruit and pharmaceuticals, is being diverted where possible to Nordvik, whose smaller terminal said it was already close to capacity and could take at most a fifth of Halvern’s usual volume. Ferries, bulk cargo and the fishing harbour are not affected by the strike, which involves about 1,300 terminal staff.",
      },
      {
        type: "p",
        text: "[[src:0|One shipping agent with vessels waiting offshore said two of his clients had already ordered their ships to sail on to Rotterdam]] and send the cargo back by truck and rail, adding several days and tens of thousands of marks per vessel. “Nobody will say this out loud, but some of that cargo will not come back to Halvern when the strike ends,” [[src:0|the agent said]]. “Shipping lines have long memories and short patience.”",
      },
      {
        type: "ul",
        items: [
          "19 container ships waiting or slowed, according to Ostra Terminals",
          "About 3,000 containers a day normally handled at Kvarn Point",
          "Around 1,300 terminal staff, most of them union members",
          "The last full stoppage, over pay, lasted nine days and ended with a 6 percent rise",
        ],
      },
      { type: "h2", text: "Government under pressure" },
      {
        type: "p",
        text: "The Estmark Chamber of Commerce urged the government to appoint a mediator. “Supermarkets have about a week of imported stock. Pharmacies have less for some products,” said [[src:2|Lotte Brun, the chamber’s chief economist]]. “This becomes a national problem very quickly, and it is the smaller importers without warehouses of their own who will feel it first.” The retail federation said fresh fruit and some frozen goods would be the first to run short.",
      },
      {
        type: "p",
        text: "Officials at the transport ministry have begun drafting terms for a state mediator and could appoint one within days, [[src:1|according to two officials at the Ministry of Transport]], who said the minister preferred to give the two sides time to resume talks on their own. [[src:1|The officials said the government had not discussed using its power to refer the dispute to compulsory arbitration, which it has done only once in the past 20 years.]] The Ministry of Transport did not immediately respond to requests for comment.",
      },
      {
        type: "p",
        text: "Ostra Terminals said in an emailed statement that it had offered the union retraining places for every worker whose job changed as a result of automation, and a no-compulsory-redundancy pledge for five years. “We regret that the union has chosen to strike rather than continue talking,” it said. The company did not say how much the stoppage was costing it, but industry analysts estimate that a day without operations at a terminal of Kvarn Point’s size costs the operator about 2 million marks in lost revenue.",
      },
      {
        type: "p",
        text: "The union said the five-year pledge was worthless because the automation work would itself take five years. [[tag:mira-castell|Mira Castell]], the port authority director, who proposed the automation plan, called on both sides to return to the table. “Every day the cranes are still, the argument for automation gets stronger, not weaker. I would ask everyone to think about that,” she said. Ekholm called the remark “a threat dressed up as advice” and said the union would not be rushed.",
      },
    ],
    sources: [
      {
        anonymous: true,
        publicDescription: "a shipping agent with vessels waiting offshore",
        headcount: 1,
        basisOfKnowledge:
          "represents several shipping lines calling at Halvern and is handling the diversions",
        anonymityReason:
          "fears commercial retaliation from the terminal operator, which allocates berth slots",
        privateIdentity: "Managing director of a Halvern shipping agency",
        privateContact: "555-0233, agent@shipagency.example.test",
        approved: true,
      },
      {
        anonymous: true,
        publicDescription: "two officials at the Ministry of Transport",
        headcount: 2,
        basisOfKnowledge: "involved in drafting the mediator’s terms of reference",
        anonymityReason: "not authorised to discuss internal government deliberations",
        privateIdentity:
          "A deputy director-general and a senior legal adviser, Ministry of Transport",
        privateContact: "Held by the news editor; contact via the Aldsberg bureau",
        approved: true,
      },
      {
        anonymous: false,
        publicDescription: "Lotte Brun, chief economist at the Estmark Chamber of Commerce",
        headcount: 1,
        basisOfKnowledge: "monitors supply chains for the chamber’s members",
        anonymityReason: "",
        privateIdentity: "Lotte Brun",
        privateContact: "555-0240",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Ostra Terminals",
        channel: "EMAIL",
        sentHoursBeforePublish: 4,
        deadlineHoursAfterSent: 3,
        outcome: "RESPONDED",
        responseText:
          "We have offered retraining places for every worker whose job changes as a result of automation, and a no-compulsory-redundancy pledge for five years. We regret that the union has chosen to strike rather than continue talking.",
      },
      {
        organisation: "Ministry of Transport",
        channel: "PHONE",
        sentHoursBeforePublish: 3,
        deadlineHoursAfterSent: 2,
        outcome: "NO_RESPONSE",
      },
    ],
    related: [
      { kind: "internal", storyKey: "port-strike-vote" },
      { kind: "internal", storyKey: "port-terminal-automation-plan" },
      {
        kind: "external",
        outlet: "Harbour & Freight Weekly",
        url: "https://www.example.org/hfw/strikes/kvarn-point-walkout",
        headline: "Kvarn Point walkout: what it means for North Sea schedules",
        hoursAgo: 26,
        excerpt: "Two major carriers have already announced port omissions for Halvern.",
      },
      {
        kind: "external",
        outlet: "Estmark Business Daily",
        url: "https://business.example.com/markets/retailers-warn-port-strike",
        headline: "Retailers warn of empty shelves as port strike bites",
        hoursAgo: 20,
        excerpt: "The retail federation said fresh fruit would be the first to run short.",
      },
    ],
  },

  {
    key: "port-strike-talks",
    slug: "talks-to-end-halvern-dock-strike-resume",
    headline: "Talks to end Halvern dock strike resume under state mediator",
    summary:
      "Union and operator negotiators returned to the table as the mediator proposed an independent jobs panel, people briefed on the talks said.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 0.5,
    authors: ["nadia"],
    tags: ["labour", "port-and-shipping", "harbour-workers-union", "dag-ekholm", "kvarn-point"],
    body: [
      {
        type: "p",
        text: "Negotiators for Ostra Terminals and the [[tag:harbour-workers-union|Harbour and Transport Workers’ Union]] resumed talks aimed at ending the strike at Halvern’s [[tag:kvarn-point|Kvarn Point]] container terminal, after the government appointed a state mediator.",
      },
      {
        type: "p",
        text: "The mediator, former labour court president Annika Sorvik, met both sides separately before bringing them into the same room at a hotel near the port. [[src:0|She has proposed an independent panel, chaired by her, that would have to approve any job cuts linked to automation over the next ten years]], according to two people briefed on the talks.",
      },
      {
        type: "p",
        text: "[[src:0|The two people said the union had signalled it could accept the panel if the no-redundancy pledge was extended to cover the first three years after the new cranes start operating.]] They cautioned that no agreement was close.",
      },
      {
        type: "p",
        text: "Ostra has so far offered a five-year pledge of no compulsory redundancies, which the union rejected because the construction work alone is expected to take five years. The union’s original demand, a written guarantee of redeployment or retraining for every worker affected, has not been dropped, the people said.",
      },
      {
        type: "p",
        text: "“We are talking. That is more than we could say yesterday,” [[tag:dag-ekholm|Dag Ekholm]], the union’s Halvern branch chair, said by phone from the hotel. He said pickets would remain at the terminal gates while talks continued.",
      },
      {
        type: "p",
        text: "Sorvik, who chaired the labour court for nine years before retiring, has mediated two previous port disputes, including the nine-day pay strike at Kvarn Point six years ago. State mediators have no power to impose a settlement, but the government can refer a dispute to compulsory arbitration if it judges that a strike threatens public health or safety. Transport Minister Eva Lindgren has said she does not want to take that step.",
      },
      {
        type: "p",
        text: "Ostra Terminals has been asked for comment. About 20 container ships remain at anchor off the coast, and retailers have warned of shortages of fresh fruit within days.",
      },
      {
        type: "p",
        text: "_Additional reporting by Jonas Aberg in Halvern; editing by Ingrid Solvang._",
      },
    ],
    sources: [
      {
        anonymous: true,
        publicDescription: "two people briefed on the talks",
        headcount: 2,
        basisOfKnowledge: "were briefed by negotiators during breaks in the talks",
        anonymityReason:
          "the mediator has asked both sides not to discuss the negotiations in public",
        privateIdentity: "A union executive member and an adviser to the Ministry of Transport",
        privateContact: "555-0271; 555-0272",
        approved: true,
      },
      {
        anonymous: false,
        publicDescription: "Dag Ekholm, chair of the HTWU’s Halvern branch",
        headcount: 1,
        basisOfKnowledge: "attending the talks",
        anonymityReason: "",
        privateIdentity: "Dag Ekholm",
        privateContact: "555-0211",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Ostra Terminals",
        channel: "EMAIL",
        sentHoursBeforePublish: 1,
        deadlineHoursAfterSent: 4,
        outcome: "PENDING",
      },
      {
        organisation: "Harbour and Transport Workers’ Union",
        channel: "PHONE",
        sentHoursBeforePublish: 1,
        outcome: "RESPONDED",
        responseText:
          "We are talking. That is more than we could say yesterday. The pickets stay until there is a deal.",
      },
    ],
    related: [
      { kind: "internal", storyKey: "port-strike-begins" },
      {
        kind: "external",
        outlet: "Nordvik Radio",
        url: "https://radio.example.net/news/port-talks-resume",
        headline: "Port strike: mediator brings both sides together",
        hoursAgo: 0.07,
        excerpt: "The talks are taking place at a hotel a short walk from the terminal gates.",
      },
    ],
  },

  {
    key: "customs-containers-waved-through",
    slug: "customs-officers-say-kvarn-point-containers-waved-through-unchecked",
    headline:
      "Customs officers say containers flagged for inspection at Kvarn Point were waved through",
    summary:
      "Three current and former officers describe a backlog so severe that supervisors released high-risk containers without scanning them.",
    dateline: "HALVERN, Estmark",
    status: "IN_REVIEW",
    hoursAgo: 12,
    authors: ["nadia", "jonas"],
    tags: ["port-and-shipping", "kvarn-point", "corruption", "courts"],
    body: [
      {
        type: "p",
        text: "Supervisors at the customs post at Halvern’s [[tag:kvarn-point|Kvarn Point]] terminal released containers that had been flagged as high risk without scanning or opening them, to clear a backlog caused by staff shortages, [[src:0|according to three current and former customs officers]].",
      },
      {
        type: "p",
        text: "[[src:0|The officers said the practice began about 18 months ago, when the post lost a third of its inspectors to retirement and transfers, and that it was known internally as “green-lighting”.]] [[src:0|One said that on some night shifts, as many as 40 flagged containers were released in a single shift.]]",
      },
      {
        type: "p",
        text: "The Estmark Customs Service’s risk system selects containers for inspection based on the cargo description, the shipper’s history and intelligence reports. Fewer than 2 percent are normally flagged.",
      },
      {
        type: "p",
        text: "[[src:0|The officers said that when the post was short-staffed, supervisors reviewed the list of flagged containers at the start of each night shift and marked those they judged low risk for release, without the checks required by the service’s own procedures.]] They said no written instruction had ever been issued.",
      },
      {
        type: "p",
        text: "The account comes days after a former customs officer at the terminal was jailed for taking bribes to clear containers of counterfeit goods. His lawyer told the court that controls at the post were “so weak they were an invitation”.",
      },
      {
        type: "p",
        text: "“Everybody knew. It was in the shift notes,” [[src:0|one of the officers said]]. “The choice was between a queue of trucks to the motorway or a box you did not open. The queue was the thing you got shouted at for.”",
      },
      {
        type: "p",
        text: "The Estmark Customs Service has been sent detailed questions about the practice. The finance ministry, which oversees customs, has also been asked for comment.",
      },
    ],
    sources: [
      {
        anonymous: true,
        publicDescription: "three current and former customs officers",
        headcount: 3,
        basisOfKnowledge:
          "worked shifts at the Kvarn Point customs post during the period described; one supplied copies of shift notes",
        anonymityReason:
          "customs officers are bound by a duty of confidentiality and the two still employed fear dismissal",
        privateIdentity: "Two serving customs inspectors and one retired shift supervisor",
        privateContact: "Contact via the courts desk; numbers in the locked investigations file",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Estmark Customs Service",
        channel: "EMAIL",
        sentHoursBeforePublish: 6,
        deadlineHoursAfterSent: 48,
        outcome: "PENDING",
      },
      {
        organisation: "Ministry of Finance",
        channel: "EMAIL",
        sentHoursBeforePublish: 6,
        deadlineHoursAfterSent: 48,
        outcome: "PENDING",
        mentionedAs: "finance ministry",
      },
    ],
    related: [{ kind: "internal", storyKey: "courts-customs-officer-jailed" }],
  },

  {
    key: "culture-maritime-museum",
    slug: "halvern-maritime-museum-reopens-after-four-year-restoration",
    headline: "Halvern Maritime Museum reopens after four-year restoration",
    summary:
      "The museum’s 1890s warehouse has been rebuilt around a restored herring lugger. Admission will be free for city residents for the first month.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 160,
    authors: ["ruth"],
    tags: ["culture", "old-harbour", "halvern"],
    body: [
      {
        type: "p",
        text: "The Halvern Maritime Museum reopened its doors after a four-year, 86 million-mark restoration that has turned a crumbling 1890s warehouse on the [[tag:old-harbour|Old Harbour]] quayside into one of the largest museums on the west coast.",
      },
      {
        type: "p",
        text: "The centrepiece is the Anna Marit, a 1904 herring lugger that spent most of the past century half-sunk in a boatyard in Lindholm. Restorers spent three years replacing about 60 percent of her planking using timber from the same forests as the original, and she now sits in a glass-roofed hall where the warehouse’s central floors used to be.",
      },
      {
        type: "p",
        text: "“People in this city have salt in their family stories, even if they have never been on a boat,” [[src:0|said Jorunn Blix, the museum’s director]]. “We wanted a building where those stories are not behind glass but all around you.”",
      },
      {
        type: "p",
        text: "The new galleries are arranged by voyage rather than by date: the herring fleet, the emigrant ships that carried about a quarter of the region’s population to North America in the late nineteenth century, and the modern container trade at Kvarn Point. A gallery on the wartime occupation of the port, closed since the building was condemned, has been rewritten with help from the city archive.",
      },
      {
        type: "p",
        text: "The project ran two years late and 19 million marks over budget, largely because of problems with the foundations, which rest on timber piles driven into the harbour mud in 1893. The culture ministry covered about half of the cost; the rest came from the city and private donors.",
      },
      {
        type: "p",
        text: "A culture ministry spokeswoman said in an email that the museum was “exactly the kind of regional institution national funding is meant for”. Admission will be free for Halvern residents for the first month.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Jorunn Blix, director of the Halvern Maritime Museum",
        headcount: 1,
        basisOfKnowledge: "led the restoration project; interviewed during a press preview",
        anonymityReason: "",
        privateIdentity: "Jorunn Blix",
        privateContact: "555-0300, director@maritimemuseum.example.test",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Ministry of Culture",
        channel: "EMAIL",
        sentHoursBeforePublish: 24,
        deadlineHoursAfterSent: 20,
        outcome: "RESPONDED",
        responseText:
          "The Maritime Museum is exactly the kind of regional institution national funding is meant for.",
      },
    ],
    related: [
      {
        kind: "external",
        outlet: "The Halvern Ledger",
        url: "https://www.example.com/ledger/culture/anna-marit-comes-home",
        headline: "The Anna Marit comes home",
        hoursAgo: 158,
        excerpt: "A photo essay on the lugger’s three-year restoration.",
      },
    ],
  },

  {
    key: "culture-film-festival-cut",
    slug: "halvern-film-festival-warns-proposed-grant-cut-threatens-its-future",
    headline: "Halvern film festival warns proposed grant cut threatens its future",
    summary:
      "The draft city budget would cut the festival’s grant by 40 percent. Its director says the programme would shrink by half.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 36,
    authors: ["ruth"],
    tags: ["culture", "halvern-city-council", "public-finances"],
    body: [
      {
        type: "p",
        text: "The Halvern International Film Festival said it would have to cut its programme roughly in half and drop its competition for first-time directors if [[tag:halvern-city-council|Halvern City Council]] goes ahead with a proposed 40 percent cut to its annual grant.",
      },
      {
        type: "p",
        text: "The draft budget, published ahead of a council vote, reduces the festival’s grant from 5 million marks to 3 million. It is one of several culture cuts intended to free money for emergency housing and school repairs.",
      },
      {
        type: "p",
        text: "Marchetti said the festival would try to raise more from sponsors but that private money for culture in Halvern was limited and had fallen since the port’s largest shipping company moved its headquarters to Aldsberg. The festival employs nine people year-round and about 120 during the event.",
      },
      {
        type: "p",
        text: "“We understand the pressure on the city. Nobody is asking for cinema before classrooms,” [[src:0|said Teo Marchetti, the festival’s director]]. “But 2 million marks from us saves the city very little and costs it a festival that took 30 years to build.”",
      },
      {
        type: "p",
        text: "The festival, held over ten days each autumn, screened 164 films last year and sold about 58,000 tickets. A study commissioned by the festival estimated that visitors spent 21 million marks in the city during the event, a figure the council’s finance office has said it cannot verify.",
      },
      {
        type: "p",
        text: "Ebba Nyqvist, who chairs the council’s culture committee, said in a text message that no final decision had been taken. “Every line of this budget is painful. We will listen to the festival, as we will listen to everyone,” she wrote.",
      },
      {
        type: "p",
        text: "More than 400 filmmakers, actors and producers have signed an open letter asking the council to reverse the cut. The council is due to vote on the budget within days, though the governing coalition is still divided over how much to spend on emergency housing.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Teo Marchetti, director of the Halvern International Film Festival",
        headcount: 1,
        basisOfKnowledge: "runs the festival; interviewed at its offices",
        anonymityReason: "",
        privateIdentity: "Teo Marchetti",
        privateContact: "555-0311",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Halvern City Council culture committee",
        channel: "OTHER",
        sentHoursBeforePublish: 5,
        deadlineHoursAfterSent: 4,
        outcome: "RESPONDED",
        responseText:
          "No final decision has been taken. Every line of this budget is painful. We will listen to the festival, as we will listen to everyone. — Ebba Nyqvist (by text message)",
      },
    ],
    related: [
      { kind: "internal", storyKey: "council-budget-vote-delayed" },
      {
        kind: "external",
        outlet: "Nordvik Radio",
        url: "https://radio.example.net/culture/filmmakers-open-letter",
        headline: "Filmmakers sign open letter to save Halvern festival",
        hoursAgo: 12,
        excerpt: "Signatories include two former winners of the festival’s main prize.",
      },
    ],
  },

  {
    key: "culture-salt-road-opera",
    slug: "the-salt-road-opera-premiere-halvern-opera-house",
    headline: "‘The Salt Road’ turns Halvern’s herring trade into a tragedy for our time",
    summary:
      "Lise Arnesen’s first opera, premiering at the Halvern Opera House, follows three generations of a fishing family as the boats and the fish disappear.",
    dateline: "HALVERN, Estmark",
    status: "SCHEDULED",
    hoursAgo: -30,
    authors: ["ruth"],
    tags: ["culture", "halvern", "old-harbour"],
    body: [
      {
        type: "p",
        text: "The herring came first, the opera’s narrator tells us in the opening minutes, and the city came after. By the end of “The Salt Road”, Lise Arnesen’s first opera, which has its premiere at the Halvern Opera House, the herring are gone and the city is still there, uncertain what it is for.",
      },
      {
        type: "p",
        text: "It is an ambitious subject for a debut: three generations of the Torsvik family of the [[tag:old-harbour|Old Harbour]], from the boom years of the 1890s to the closure of the last salting house in the 1970s, told in two acts and just under three hours. Arnesen, who grew up in Lindholm and whose grandfather crewed on a lugger, has written a score that is unashamedly tonal and often very beautiful.",
      },
      {
        type: "p",
        text: "“I did not want to write an opera about fish. I wanted to write about what happens to people when the thing that made them disappears,” Arnesen said in an interview before the dress rehearsal. “That is not only a Halvern story.”",
      },
      {
        type: "p",
        text: "The strongest music belongs to the women on the quay: the salters and net-menders whose chorus, built from work songs collected by the city archive, returns in each act in a smaller and sadder form. The soprano Helga Strand, as the matriarch Ingeborg, has an aria near the end of the first act that silenced the rehearsal audience.",
      },
      {
        type: "p",
        text: "The second act is less sure of itself. The 1970s scenes lean heavily on a union meeting that feels written to make a point, and the ending, in which the youngest Torsvik signs on to a container ship, is abrupt. But the staging by Petter Lunde, with a revolving quay that slowly empties of people, is consistently striking.",
      },
      {
        type: "p",
        text: "“The Salt Road” runs for eight performances. The opera house has said a recording will be broadcast on Estmark radio later in the season.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Lise Arnesen, composer",
        headcount: 1,
        basisOfKnowledge: "interviewed before the dress rehearsal",
        anonymityReason: "",
        privateIdentity: "Lise Arnesen",
        privateContact: "via Halvern Opera House press office, 555-0320",
        approved: true,
      },
    ],
    commentRequests: [],
    related: [{ kind: "internal", storyKey: "culture-maritime-museum" }],
  },
];
