import type { SeedStory } from "./types";

// Energy and the grid failure, the storm and floods, technology and the data breach.
export const energyStories: SeedStory[] = [
  {
    key: "energy-skarva-wind-farm",
    slug: "government-approves-skarva-bank-offshore-wind-farm",
    headline: "Government approves Skarva Bank offshore wind farm off Halvern",
    summary:
      "The 1.2-gigawatt project would be Estmark’s largest power station. Fishermen say it will close some of the best grounds on the coast.",
    dateline: "ALDSBERG, Estmark",
    status: "PUBLISHED",
    hoursAgo: 170,
    authors: ["oskar"],
    tags: ["energy", "estnet", "halvern", "aldsberg"],
    body: [
      {
        type: "p",
        text: "The Estmark government approved construction of the Skarva Bank offshore wind farm, a 1.2-gigawatt project 35 km off Halvern that would become the country’s largest single source of electricity when it is completed early next decade.",
      },
      {
        type: "p",
        text: "The project, developed by Vestwind, a joint venture between a state pension fund and a Danish-owned turbine company, would consist of up to 80 turbines and supply the equivalent of about 1.1 million homes. Power would come ashore at a new converter station north of Halvern and feed into the national grid run by [[tag:estnet|Estnet]].",
      },
      {
        type: "p",
        text: "“This is the decision that moves Estmark from talking about the energy transition to building it,” [[src:0|Energy Minister Joakim Strand told a news conference in Aldsberg]]. He said the government would guarantee a minimum price for the farm’s electricity for 15 years through a contract-for-difference scheme.",
      },
      {
        type: "p",
        text: "The approval sets 14 conditions, including a ban on pile-driving during the spring spawning season and a compensation fund for fishing crews who lose access to grounds inside the farm.",
      },
      {
        type: "p",
        text: "Construction is expected to begin within two years, with the first turbines producing power about three years later. Vestwind has said the project will create about 400 jobs during construction and 90 permanent jobs at an operations base in Halvern harbour, which the port authority has offered to build on reclaimed land at Kvarn Point.",
      },
      {
        type: "p",
        text: "The Estmark Fishermen’s Association said the conditions did not go far enough. “Skarva Bank is where half of this coast’s boats earn their winter money. A compensation fund does not bring the fish back,” Ole Rasmussen, the association’s chairman, said by phone. He said the group was considering an appeal.",
      },
      {
        type: "p",
        text: "Estnet has said the grid on the west coast will need about 4 billion marks of upgrades over the next decade to handle offshore wind, including new lines and substations around Halvern.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Joakim Strand, Estmark’s energy minister",
        headcount: 1,
        basisOfKnowledge: "announced the decision at a news conference",
        anonymityReason: "",
        privateIdentity: "Joakim Strand, minister",
        privateContact: "ministry press office 555-0400",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Estmark Fishermen’s Association",
        channel: "PHONE",
        sentHoursBeforePublish: 2,
        outcome: "RESPONDED",
        responseText:
          "Skarva Bank is where half of this coast’s boats earn their winter money. A compensation fund does not bring the fish back. We are considering an appeal. — Ole Rasmussen, chairman",
      },
    ],
    related: [
      {
        kind: "external",
        outlet: "Estmark Business Daily",
        url: "https://business.example.com/energy/skarva-bank-contract-for-difference",
        headline: "What Skarva Bank will cost consumers",
        hoursAgo: 165,
        excerpt:
          "The strike price has not been published, but analysts put it well above current wholesale prices.",
      },
    ],
  },

  {
    key: "weather-storm-warning",
    slug: "red-warning-issued-as-storm-halla-approaches-west-coast",
    headline: "Red warning issued as Storm Halla approaches west coast",
    summary:
      "Forecasters expect gusts of up to 140 km/h and a storm surge along the coast, with heavy rain inland.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 112,
    authors: ["leena"],
    tags: ["weather", "floods", "halvern", "kessel-valley"],
    body: [
      {
        type: "p",
        text: "The Estmark Meteorological Institute issued a red weather warning, its highest level, for the west coast as Storm Halla moved in from the Atlantic, with gusts of up to 140 km/h expected on exposed headlands and a storm surge forecast to coincide with the evening high tide in Halvern.",
      },
      {
        type: "p",
        text: "“This is a storm that people will remember. If you do not need to travel, do not travel,” [[src:0|said Sigrun Holt, the institute’s duty forecaster]]. She said the combination of a spring tide, a deep low-pressure system and onshore winds could push sea levels in Halvern harbour up to 1.4 metres above normal.",
      },
      {
        type: "p",
        text: "Up to 90 mm of rain is forecast for the [[tag:kessel-valley|Kessel valley]] over 36 hours, falling on ground already saturated by a wet autumn. The institute said there was a “significant risk” of the River Kessel bursting its banks in Brask and other low-lying towns.",
      },
      { type: "h2", text: "What the warning means" },
      {
        type: "ul",
        items: [
          "Schools on the coast and in the Kessel valley will close at midday",
          "The coast road between Halvern and Nordvik will be closed from the afternoon",
          "Rail services north of Halvern are expected to be cancelled",
          "The civil protection agency advises people in flood-risk areas to move valuables upstairs",
        ],
      },
      {
        type: "p",
        text: "The Estmark Civil Protection Agency said it had positioned pumps and rescue boats in Halvern and Brask and put 600 volunteers on standby. “We prepare for the worst and we are glad when it does not come,” an agency spokesman said in an emailed statement.",
      },
      {
        type: "p",
        text: "Halla is the second named storm of the season. The last red warning for the coast, three years ago, was followed by flooding that damaged about 1,200 homes.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Sigrun Holt, duty forecaster at the Estmark Meteorological Institute",
        headcount: 1,
        basisOfKnowledge: "issued the warning; interviewed by phone",
        anonymityReason: "",
        privateIdentity: "Sigrun Holt",
        privateContact: "555-0500",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Estmark Civil Protection Agency",
        channel: "EMAIL",
        sentHoursBeforePublish: 2,
        deadlineHoursAfterSent: 2,
        outcome: "RESPONDED",
        responseText:
          "We have positioned pumps and rescue boats in Halvern and Brask and put 600 volunteers on standby. We prepare for the worst and we are glad when it does not come.",
      },
    ],
    related: [
      {
        kind: "external",
        outlet: "Nordvik Radio",
        url: "https://radio.example.net/weather/storm-halla-live",
        headline: "Storm Halla: live updates",
        hoursAgo: 110,
        excerpt: "Road closures, cancellations and warnings as they happen.",
      },
    ],
  },

  {
    key: "floods-brask-evacuated",
    slug: "kessel-bursts-banks-in-brask-hundreds-evacuated",
    headline: "River Kessel bursts its banks in Brask; hundreds evacuated",
    summary:
      "About 400 people were moved from homes in the lower town overnight as the river rose to its highest level in more than 30 years.",
    dateline: "BRASK, Estmark",
    status: "PUBLISHED",
    hoursAgo: 100,
    authors: ["leena", "oskar"],
    tags: ["floods", "weather", "brask", "kessel-valley"],
    body: [
      {
        type: "p",
        text: "The River Kessel burst its banks in [[tag:brask|Brask]] overnight after a day of torrential rain from Storm Halla, forcing about 400 people from their homes and leaving the lower half of the market town under up to a metre of water.",
      },
      {
        type: "p",
        text: "Rescue crews in boats worked through the night along the streets closest to the river, where water rose faster than forecast after a temporary barrier at the old mill was overtopped shortly after 11 p.m. An 84-year-old man was lifted from the upstairs window of his house by a civil protection crew and taken to hospital with mild hypothermia.",
      },
      {
        type: "p",
        text: "[[src:0|“We had planned for the river we knew. This was a different river,” said Ole Tammsaar, the mayor of Brask]], standing on the bridge by the town hall as debris swept past below. He said the town’s sports hall and two schools were being used as emergency shelters.",
      },
      {
        type: "p",
        text: "The gauge at Brask bridge peaked at 4.62 metres, the highest since 1987, the Estmark Meteorological Institute said. The river was expected to stay above flood level for at least two days as water drained from the upper [[tag:kessel-valley|Kessel valley]].",
      },
      { type: "h2", text: "Questions over the barrier" },
      {
        type: "p",
        text: "Residents of Millbank, the street worst affected, said they had been told for years that permanent defences were coming. A plan for a 2.3 km flood wall was approved six years ago but has not been funded.",
      },
      {
        type: "p",
        text: "“Every year they bring the temporary wall out, take a photograph, and tell us the permanent one is next,” [[src:1|said Karin Voss, who runs a bakery on Millbank]] and spent the night at the sports hall. “Next never comes.”",
      },
      {
        type: "p",
        text: "The Kessel Valley Water Board, which is responsible for river defences, did not immediately respond to requests for comment on why the temporary barrier failed.",
      },
      {
        type: "p",
        text: "The civil protection agency said it had no reports of anyone missing. Roads into Brask from the west remained closed and rail services between Halvern and the valley were suspended.",
      },
      {
        type: "p",
        text: "_Reporting by Leena Marsh in Brask and Oskar Dahl in Halvern; editing by Ruth Okafor-Lind._",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Ole Tammsaar, mayor of Brask",
        headcount: 1,
        basisOfKnowledge: "coordinating the town’s emergency response; interviewed on the scene",
        anonymityReason: "",
        privateIdentity: "Ole Tammsaar",
        privateContact: "555-0520",
        approved: true,
      },
      {
        anonymous: false,
        publicDescription: "Karin Voss, a Millbank resident and business owner",
        headcount: 1,
        basisOfKnowledge: "evacuated from her home and bakery; interviewed at the shelter",
        anonymityReason: "",
        privateIdentity: "Karin Voss",
        privateContact: "555-0521",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Kessel Valley Water Board",
        channel: "EMAIL",
        sentHoursBeforePublish: 5,
        deadlineHoursAfterSent: 4,
        outcome: "NO_RESPONSE",
      },
    ],
    related: [
      { kind: "internal", storyKey: "weather-storm-warning" },
      {
        kind: "external",
        outlet: "Kessel Valley Gazette",
        url: "https://gazette.example.org/brask/flood-night-in-pictures",
        headline: "Flood night in Brask, in pictures",
        hoursAgo: 96,
        excerpt: "Our photographers spent the night with the rescue crews on Millbank.",
      },
    ],
  },

  {
    key: "grid-blackout",
    slug: "blackout-leaves-180000-halvern-households-without-power",
    headline: "Blackout leaves 180,000 Halvern households without power after substation fault",
    summary:
      "A fault at the Ostby substation cut electricity to most of the city in the storm’s aftermath, stopping trams, traffic lights and lifts. Estnet says restoration could take a day.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 96,
    authors: ["oskar", "leena"],
    tags: ["power-outages", "energy", "estnet", "halvern", "floods"],
    body: [
      {
        type: "p",
        text: "About 180,000 households and businesses in Halvern lost electricity when a fault at the Ostby substation, the main connection between the city and the national grid, triggered a cascade of protective shutdowns across the local network, grid operator [[tag:estnet|Estnet]] said.",
      },
      {
        type: "p",
        text: "The [[tag:power-outages|blackout]] began at 4:17 a.m., as water from the storm surge was still receding from low-lying parts of the city. Trams stopped where they stood, traffic lights went dark across the centre, and firefighters were called to free people trapped in lifts in at least 23 buildings. The city’s two suburban rail lines were suspended, and the main railway station ran on emergency lighting until trains to Aldsberg were cancelled shortly after 7 a.m.",
      },
      {
        type: "p",
        text: "“We have a fault at Ostby and we are working to isolate it safely before we reconnect,” [[src:1|said Ivo Marek, an Estnet spokesman]]. He said the company was rerouting power through smaller lines from the north and expected to restore electricity to about half of those affected by the evening, but warned that some areas could be without power for a day or more. “I would rather tell people it will be long and be wrong than the other way round,” he said.",
      },
      { type: "h2", text: "What we know" },
      {
        type: "ul",
        items: [
          "The fault occurred at the Ostby substation, near the Kessel estuary, at 4:17 a.m.",
          "About 180,000 connections lost power; the Old Harbour, the Saltmarket and Kvarn Point were among the worst-affected areas",
          "Halvern General Hospital switched to backup generators",
          "Trams and the city’s two suburban rail lines were suspended",
          "Estnet has not said what caused the fault",
        ],
      },
      {
        type: "p",
        text: "[[src:0|An Estnet engineer involved in the restoration said floodwater had entered a cable basement beneath the substation’s main switch room, where it reached equipment that was not designed to be submerged.]] [[src:0|The engineer said crews had spent the first hours pumping out the basement before they could safely inspect the damage, and that at least two protection relays would have to be replaced.]] Estnet declined to confirm that account, saying only that the cause was under investigation.",
      },
      {
        type: "p",
        text: "The substation sits on reclaimed land beside the Kessel estuary, about 1.5 metres above normal high tide. The storm surge overnight pushed sea levels in the harbour to 1.3 metres above normal, according to the Estmark Meteorological Institute, and waves driven by onshore winds would have pushed water higher in places. Ostby was built in the 1970s and was last substantially upgraded 15 years ago.",
      },
      { type: "h2", text: "A city without power" },
      {
        type: "p",
        text: "By mid-morning, queues had formed outside the few petrol stations with working pumps, and shops in the centre were accepting cash only or had closed. Mobile phone coverage was patchy as masts ran down their backup batteries. The city opened four warming centres in schools with their own generators, and volunteers handed out blankets and hot drinks at the central library. Schools that had reopened after the storm closed again. In the Saltmarket, bakeries and cafés with gas ovens stayed open and did steady trade; a supermarket on Harbour Street gave away ice cream from freezers that had stopped working. “We either give it away or throw it away,” the manager said, as a queue of children formed at the door.",
      },
      {
        type: "p",
        text: "“The elderly are my worry,” Mayor Anneli Drost said at a briefing at the fire service headquarters. She asked residents to check on neighbours, particularly those living alone on upper floors of tower blocks where lifts were not working. Home care services said they had prioritised visits to about 1,100 people who depend on electrical medical equipment, such as oxygen concentrators, and had delivered portable batteries to several hundred of them.",
      },
      {
        type: "p",
        text: "The port authority said the container terminal at Kvarn Point had shut down and that ships would not be worked until power was restored. Halvern General Hospital said it had postponed planned operations but that emergency services were running normally on generators. The water company said pumping stations had backup power for about 48 hours and asked people to use water sparingly. Banks said most cash machines in the city centre were out of service, and card payments failed at many shops where routers had lost power, leaving some residents unable to buy food. The city council said it would keep its customer service centre open overnight for anyone needing help.",
      },
      {
        type: "p",
        text: "Halvern has not had a city-wide blackout since a lightning strike at the same substation two decades ago, which left parts of the city without electricity for 11 hours. Estnet said it would investigate the cause of the fault and report to the Energy Regulatory Office, which must be notified of any outage affecting more than 50,000 customers. Opposition politicians in Aldsberg said they would ask the energy minister to explain how a single site could leave most of the country’s second city in the dark. “Resilience is not a luxury. It is the whole job,” said one, Maja Kettunen, deputy chair of parliament’s energy committee.",
      },
    ],
    sources: [
      {
        anonymous: true,
        publicDescription: "an Estnet engineer involved in the restoration",
        headcount: 1,
        basisOfKnowledge: "part of the crew working at the Ostby substation",
        anonymityReason:
          "Estnet staff are not permitted to speak to the media and the engineer fears dismissal",
        privateIdentity: "Field engineer, Estnet west region",
        privateContact: "555-0433 (personal)",
        approved: true,
      },
      {
        anonymous: false,
        publicDescription: "Ivo Marek, Estnet spokesman",
        headcount: 1,
        basisOfKnowledge: "company spokesman; interviewed by phone",
        anonymityReason: "",
        privateIdentity: "Ivo Marek",
        privateContact: "555-0430, press@estnet.example.test",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Estnet",
        channel: "PHONE",
        sentHoursBeforePublish: 2,
        outcome: "RESPONDED",
        responseText:
          "We have a fault at Ostby and we are working to isolate it safely before we reconnect. We expect to restore power to about half of those affected by this evening.",
      },
    ],
    related: [
      { kind: "internal", storyKey: "floods-brask-evacuated" },
      { kind: "internal", storyKey: "health-hospital-blackout" },
      {
        kind: "external",
        outlet: "Estmark Broadcasting Corporation",
        url: "https://www.example.org/ebc/news/halvern-blackout-map",
        headline: "Map: where the power is out in Halvern",
        hoursAgo: 95,
        excerpt: "Updated every 30 minutes with data from Halvern Energi.",
      },
    ],
  },

  {
    key: "grid-power-restored",
    slug: "power-restored-in-halvern-as-estnet-blames-floodwater",
    headline: "Power restored across Halvern as Estnet blames floodwater at substation",
    summary:
      "Estnet’s chief executive apologised and promised compensation for households that were without electricity for more than 12 hours. The regulator has opened a review.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 70,
    authors: ["oskar"],
    tags: ["power-outages", "estnet", "energy", "halvern"],
    body: [
      {
        type: "p",
        text: "Electricity was restored to the last of the 180,000 Halvern households affected by the city’s blackout, and the chief executive of grid operator [[tag:estnet|Estnet]] confirmed that floodwater from the storm surge had caused the fault at the Ostby substation.",
      },
      {
        type: "p",
        text: "“Water got where water should never get. That is our responsibility, and I apologise to the people of Halvern,” [[src:0|Bettina Kroll, Estnet’s chief executive, told a news conference]] at the company’s west coast control centre. She said seawater had flooded a cable basement and damaged protection equipment, which shut down the substation’s main transformers to prevent a fire.",
      },
      {
        type: "p",
        text: "Kroll said every household without power for more than 12 hours would receive compensation of 1,500 marks, and businesses would be able to claim for documented losses. About 70,000 connections were without power for longer than that, according to Estnet’s figures.",
      },
      {
        type: "p",
        text: "Asked whether Estnet had known the substation was at risk of flooding, Kroll said the company “continually assesses” risks at all its sites and would “look at everything” in its investigation. She did not answer directly.",
      },
      {
        type: "p",
        text: "Halvern Energi, the local distribution company, said its own network had been undamaged but that reconnecting neighbourhoods one by one had taken longer than expected because some switching equipment had to be operated by hand. About 40 engineers from other regions were sent to help overnight.",
      },
      {
        type: "p",
        text: "The Energy Regulatory Office said it had opened a formal review of the outage. “We will look at the cause, at Estnet’s preparedness and at how the restoration was handled, and we will publish our findings,” the office said in an emailed response to questions.",
      },
      {
        type: "p",
        text: "Trams and suburban trains resumed running, and Halvern General Hospital said it would begin rescheduling postponed operations.",
      },
      {
        type: "p",
        text: "_Reporting by Oskar Dahl; additional reporting by Leena Marsh; editing by Ruth Okafor-Lind._",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Bettina Kroll, chief executive of Estnet",
        headcount: 1,
        basisOfKnowledge: "news conference at the company’s control centre",
        anonymityReason: "",
        privateIdentity: "Bettina Kroll",
        privateContact: "via Estnet press office 555-0430",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Energy Regulatory Office",
        channel: "EMAIL",
        sentHoursBeforePublish: 4,
        deadlineHoursAfterSent: 3,
        outcome: "RESPONDED",
        responseText:
          "We will look at the cause, at Estnet’s preparedness and at how the restoration was handled, and we will publish our findings.",
      },
    ],
    related: [
      { kind: "internal", storyKey: "grid-blackout" },
      { kind: "internal", storyKey: "grid-substation-report" },
    ],
  },

  {
    key: "grid-substation-report",
    slug: "estnet-was-warned-ostby-substation-could-flood",
    headline: "Estnet was warned two years ago that Halvern substation could flood, report shows",
    summary:
      "An internal engineering review recommended a flood barrier and raised equipment at Ostby. The work was postponed to pay for offshore wind connections, people who have read the report said.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 26,
    authors: ["oskar", "ruth"],
    tags: ["power-outages", "estnet", "energy", "floods", "halvern"],
    body: [
      {
        type: "p",
        text: "[[tag:estnet|Estnet]], Estmark’s state-owned grid operator, was told by its own engineers two years ago that the Ostby substation in Halvern was at risk of flooding in a storm surge and that a failure there could black out most of the city, according to an internal report seen by this newspaper.",
      },
      {
        type: "p",
        text: "The 42-page review, prepared by Estnet’s asset management department, ranked Ostby among the five most flood-exposed sites on the national grid. It recommended a flood barrier around the substation’s perimeter and moving protection equipment out of a cable basement, at an estimated cost of 4.2 million marks. It described the work as “high priority” and said it should be completed “before the next winter storm season”. The review also noted that the substation’s drainage pumps were powered from the same switchboard they were meant to protect, and would stop working if that switchboard flooded.",
      },
      {
        type: "p",
        text: "Neither measure had been carried out when floodwater from Storm Halla entered that basement in the early hours of the morning, shutting down the substation and cutting power to 180,000 households. Some were without electricity for more than a day, and Halvern General Hospital had to move two intensive care patients when one of its backup generators failed. Trams, trains and the container terminal at Kvarn Point were halted, and firefighters freed people from lifts in at least 23 buildings.",
      },
      {
        type: "quote",
        text: "“A surge event coinciding with a spring tide would be expected to inundate the cable basement. Loss of protection systems at this site would result in disconnection of the greater part of the Halvern load.” — Estnet asset management review",
      },
      {
        type: "p",
        text: "[[src:0|The barrier and the basement work were scheduled for the following year but were postponed when the company’s capital budget was redirected to connections for offshore wind projects]], according to two people who have read the report and later internal correspondence about it. [[src:0|One of them said the postponement was approved at director level, that the substation was not reassessed afterwards, and that engineers who asked about the project were told it would be “picked up in the next planning round”.]]",
      },
      {
        type: "p",
        text: "The report’s conclusions were shared with the Energy Regulatory Office as part of a routine filing, [[src:0|the two people said]]. It is not clear whether the regulator read or acted on the section about Ostby. Estnet declined to comment on the contents of an internal document, citing the regulator’s review of the blackout. In a statement, it said it “takes the security of supply extremely seriously” and would “cooperate fully” with the review.",
      },
      { type: "h2", text: "Pressure on the regulator and the government" },
      {
        type: "p",
        text: "The Energy Regulatory Office confirmed it had received the filing but said it did not review individual site assessments. “Responsibility for the resilience of specific assets lies with the network operator,” [[src:1|Anders Pell, the regulator’s director, said in an emailed response]]. He said the review of the blackout would examine “what was known, by whom, and when”, and that the office would not hesitate to use its powers if it found that Estnet had breached its licence.",
      },
      {
        type: "p",
        text: "Halvern’s mayor, Anneli Drost, said the findings were “deeply troubling”. “People sat in the dark and the cold, and it appears that the fix cost less than the compensation Estnet is now paying out,” she said. Estnet has promised 1,500 marks to each household that was without power for more than 12 hours; with about 70,000 households eligible, the payments alone will cost about 105 million marks, before claims from businesses. The Halvern Chamber of Trade has said losses among its members, from spoiled stock to lost trading, run into tens of millions of marks.",
      },
      {
        type: "p",
        text: "The Ministry of Energy, which is Estnet’s sole shareholder, did not immediately respond to requests for comment. Opposition members of parliament called for the minister, Joakim Strand, to explain to the energy committee what the government knew about the report and whether it had approved the change in Estnet’s spending priorities. “If a warning like this can sit in a drawer for two years, we need to know how many other drawers there are,” said Maja Kettunen, the committee’s deputy chair.",
      },
      { type: "h2", text: "Wind connections and ageing substations" },
      {
        type: "p",
        text: "Estnet’s annual reports show capital spending on offshore wind connections more than doubled over the past two years, while spending on maintaining existing substations fell by 12 percent. The company has said the grid will need about 4 billion marks of upgrades on the west coast alone to connect the Skarva Bank wind farm, approved by the government days before the storm. Engineers and industry analysts have warned for several years that Estmark’s grid, much of it built in the 1970s, is ageing faster than it is being renewed. Estnet’s chief executive, Bettina Kroll, and the energy minister are both expected to be called before parliament’s energy committee. The regulator’s review is expected to report its first findings within three months.",
      },
    ],
    sources: [
      {
        anonymous: true,
        publicDescription: "two people who have read the report",
        headcount: 2,
        basisOfKnowledge:
          "have read the review and subsequent internal correspondence about the postponement",
        anonymityReason:
          "the report is confidential and both fear losing their jobs for disclosing it",
        privateIdentity:
          "A current Estnet asset engineer and a former member of the capital planning team",
        privateContact: "Secure messaging only; details with the deputy editor",
        approved: true,
      },
      {
        anonymous: false,
        publicDescription: "Anders Pell, director of the Energy Regulatory Office",
        headcount: 1,
        basisOfKnowledge: "emailed response to written questions",
        anonymityReason: "",
        privateIdentity: "Anders Pell",
        privateContact: "press@energyregulator.example.test",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Estnet",
        channel: "EMAIL",
        sentHoursBeforePublish: 30,
        deadlineHoursAfterSent: 24,
        outcome: "DECLINED",
      },
      {
        organisation: "Energy Regulatory Office",
        channel: "EMAIL",
        sentHoursBeforePublish: 30,
        deadlineHoursAfterSent: 24,
        outcome: "RESPONDED",
        responseText:
          "Responsibility for the resilience of specific assets lies with the network operator. Our review will examine what was known, by whom, and when. — Anders Pell, director",
      },
      {
        organisation: "Ministry of Energy",
        channel: "PHONE",
        sentHoursBeforePublish: 6,
        deadlineHoursAfterSent: 4,
        outcome: "NO_RESPONSE",
      },
    ],
    related: [
      { kind: "internal", storyKey: "grid-power-restored" },
      { kind: "internal", storyKey: "grid-blackout" },
      { kind: "internal", storyKey: "energy-skarva-wind-farm" },
      {
        kind: "external",
        outlet: "Estmark Broadcasting Corporation",
        url: "https://www.example.org/ebc/news/strand-summoned-energy-committee",
        headline: "Energy minister summoned to explain blackout report",
        hoursAgo: 4,
        excerpt: "The committee chair said the minister would appear within the week.",
      },
    ],
    corrections: [
      {
        kind: "CORRECTION",
        text: "An earlier version of this story misstated the estimated cost of the measures recommended in the report. It was 4.2 million marks, not 42 million marks.",
        hoursAfterPublish: 3,
      },
    ],
  },

  {
    key: "grid-review-explainer",
    slug: "explainer-what-the-blackout-review-will-examine",
    headline: "Explainer: What the regulator’s blackout review will examine",
    summary:
      "The Energy Regulatory Office publishes the terms of its review of the Halvern blackout. Here is what it can and cannot do.",
    dateline: "HALVERN, Estmark",
    status: "SCHEDULED",
    hoursAgo: -5,
    authors: ["oskar"],
    tags: ["power-outages", "estnet", "energy"],
    body: [
      {
        type: "p",
        text: "The Energy Regulatory Office publishes the terms of reference for its review of the blackout that cut power to 180,000 Halvern households after Storm Halla. The review will decide whether [[tag:estnet|Estnet]] broke the conditions of its licence, and what it must change.",
      },
      { type: "h2", text: "What will the review look at?" },
      {
        type: "p",
        text: "According to the draft terms, three questions: what caused the fault at the Ostby substation; whether Estnet had identified and managed the risk; and whether the restoration of power was handled as quickly and safely as it could have been. It will also look at how Estnet communicated with the public during the outage.",
      },
      { type: "h2", text: "What powers does the regulator have?" },
      {
        type: "ul",
        items: [
          "It can require Estnet to hand over documents and make staff available for interview",
          "It can fine Estnet up to 10 percent of its annual regulated revenue for licence breaches",
          "It can order specific investments, such as flood defences, as a licence condition",
          "It cannot remove Estnet’s managers; that is a matter for the government as shareholder",
        ],
      },
      { type: "h2", text: "What about the internal report?" },
      {
        type: "p",
        text: "The review is expected to examine the internal engineering report, first reported by this newspaper, that warned two years ago that Ostby could flood. The regulator has confirmed it received a filing containing the report’s conclusions but says it does not review individual site assessments. Critics say that is exactly the problem the review should address.",
      },
      { type: "h2", text: "When will we know?" },
      {
        type: "p",
        text: "The regulator has said it aims to publish an interim report within three months and a final report within six. Estnet’s compensation payments to households are going ahead separately and do not depend on the review’s findings.",
      },
    ],
    sources: [],
    commentRequests: [
      {
        organisation: "Energy Regulatory Office",
        channel: "EMAIL",
        sentHoursBeforePublish: 20,
        deadlineHoursAfterSent: 48,
        outcome: "PENDING",
      },
    ],
    related: [
      { kind: "internal", storyKey: "grid-substation-report" },
      { kind: "internal", storyKey: "grid-power-restored" },
      { kind: "internal", storyKey: "grid-blackout" },
    ],
  },

  {
    key: "floods-brask-recovery",
    slug: "brask-flood-clean-up-insurers-estimate-claims",
    headline: "Brask begins clean-up as insurers put flood claims at 180 million marks",
    summary:
      "About 700 homes and businesses were damaged. Many on Millbank say they cannot get flood insurance at all.",
    dateline: "BRASK, Estmark",
    status: "PUBLISHED",
    hoursAgo: 20,
    authors: ["leena"],
    tags: ["floods", "brask", "kessel-valley", "public-finances"],
    body: [
      {
        type: "p",
        text: "Residents of [[tag:brask|Brask]] began hauling ruined furniture and sodden plasterboard into the streets as the River Kessel fell back within its banks, and insurers estimated that claims from the flood would reach about 180 million marks.",
      },
      {
        type: "p",
        text: "About 700 homes and businesses were damaged, according to the town council, most of them in the lower town along Millbank and the old mill race. Skips lined the streets, and volunteers from Halvern and the upper [[tag:kessel-valley|Kessel valley]] helped to clear mud from ground floors.",
      },
      {
        type: "p",
        text: "The Estmark Insurance Association said the figure was a first estimate and could rise. “Water damage is often worse than it looks in the first week,” [[src:0|said Marit Olsen, the association’s director of claims]]. She urged homeowners to photograph everything before throwing it away.",
      },
      {
        type: "p",
        text: "But many on Millbank say they have no insurance to claim on. Several residents said insurers had refused to renew their flood cover after the last major flood, or had raised premiums beyond what they could pay. [[src:1|“I have lived here 40 years. Now my house is worth nothing and I have nothing to rebuild it with,” said Erik Haugen, a retired teacher]].",
      },
      {
        type: "p",
        text: "The government announced a 60 million-mark emergency fund for households without insurance, to be administered by the civil protection agency. Grants will be capped at 150,000 marks per household. The Ministry of Finance declined to comment on whether the fund would be increased if claims exceeded it.",
      },
      {
        type: "p",
        text: "Ole Tammsaar, the mayor of Brask, said the fund was welcome but that the town needed the permanent flood wall approved six years ago. “Give us the wall and you will not need the fund next time,” he said.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Marit Olsen, director of claims at the Estmark Insurance Association",
        headcount: 1,
        basisOfKnowledge: "compiles industry claims estimates",
        anonymityReason: "",
        privateIdentity: "Marit Olsen",
        privateContact: "555-0540",
        approved: true,
      },
      {
        anonymous: false,
        publicDescription: "Erik Haugen, a Millbank resident",
        headcount: 1,
        basisOfKnowledge: "his house was flooded; interviewed at his home",
        anonymityReason: "",
        privateIdentity: "Erik Haugen",
        privateContact: "555-0541",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Estmark Insurance Association",
        channel: "EMAIL",
        sentHoursBeforePublish: 6,
        deadlineHoursAfterSent: 5,
        outcome: "RESPONDED",
        responseText:
          "Our first estimate is about 180 million marks. Water damage is often worse than it looks in the first week, and the figure may rise.",
      },
      {
        organisation: "Ministry of Finance",
        channel: "PHONE",
        sentHoursBeforePublish: 3,
        outcome: "DECLINED",
      },
    ],
    related: [
      { kind: "internal", storyKey: "floods-brask-evacuated" },
      {
        kind: "external",
        outlet: "Kessel Valley Gazette",
        url: "https://gazette.example.org/brask/millbank-uninsured",
        headline: "The street that cannot get insured",
        hoursAgo: 18,
        excerpt: "Of 46 households on Millbank, the Gazette found 19 had no flood cover.",
      },
    ],
    corrections: [
      {
        kind: "UPDATE",
        text: "This story has been updated to include the government’s announcement of an emergency fund for uninsured households.",
        hoursAfterPublish: 4,
      },
    ],
  },

  {
    key: "tech-parking-app-breach",
    slug: "parkhalvern-app-data-exposed-online",
    headline: "Personal data of 92,000 ParkHalvern users left exposed online",
    summary:
      "A security researcher found an unprotected database holding names, email addresses, number plates and parking histories. The city’s contractor says it has been secured.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 66,
    authors: ["oskar"],
    tags: ["data-privacy", "technology", "tessaline-systems", "halvern-city-council"],
    body: [
      {
        type: "p",
        text: "Personal data belonging to about 92,000 users of ParkHalvern, the city’s official parking app, was left exposed on the internet without a password for at least seven weeks, according to a security researcher who found it and the company that runs the app, [[tag:tessaline-systems|Tessaline Systems]].",
      },
      {
        type: "p",
        text: "The database contained names, email addresses, phone numbers, vehicle number plates and the last four digits of payment cards, as well as the time and location of every parking session paid through the app over the past two years, [[src:0|said Ayla Demir, an independent security researcher]] who discovered it during a routine scan and reported it to the company.",
      },
      {
        type: "p",
        text: "“With the parking history, you can see where someone works, where they go to the gym, who they visit on Sunday afternoons,” Demir said. “That is more revealing than a card number.”",
      },
      {
        type: "p",
        text: "Tessaline said in an emailed statement that the database was a copy made during a migration to a new server and had been “secured within hours” of Demir’s report. It said it had found no evidence that anyone other than the researcher had accessed it. [[src:1|A person familiar with Tessaline’s internal response said the company had not yet reviewed all of the server’s access logs]] when it issued that statement.",
      },
      {
        type: "p",
        text: "Tessaline has run the app under contract with [[tag:halvern-city-council|Halvern City Council]] since it was launched four years ago. A council spokesman said by phone that the city had asked Tessaline for a full report and that users would be contacted directly.",
      },
      {
        type: "p",
        text: "The company said it had notified the Data Protection Authority, as required by law within 72 hours of discovering a breach. Demir said users should be alert to phishing messages that appear to come from the city.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Ayla Demir, independent security researcher",
        headcount: 1,
        basisOfKnowledge: "discovered the database and reported it to Tessaline",
        anonymityReason: "",
        privateIdentity: "Ayla Demir",
        privateContact: "ayla@demir-security.example.test",
        approved: true,
      },
      {
        anonymous: true,
        publicDescription: "a person familiar with Tessaline’s internal response",
        headcount: 1,
        basisOfKnowledge: "involved in the company’s incident response",
        anonymityReason:
          "not authorised to speak publicly and bound by a confidentiality agreement",
        privateIdentity: "Systems engineer, Tessaline Systems",
        privateContact: "555-0611 (personal)",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Tessaline Systems",
        channel: "EMAIL",
        sentHoursBeforePublish: 8,
        deadlineHoursAfterSent: 6,
        outcome: "RESPONDED",
        responseText:
          "The database was a temporary copy made during a server migration and was secured within hours of the researcher’s report. We have found no evidence that anyone else accessed it.",
      },
      {
        organisation: "Halvern City Council",
        channel: "PHONE",
        sentHoursBeforePublish: 3,
        outcome: "RESPONDED",
        responseText:
          "The city has asked Tessaline for a full report. Users will be contacted directly.",
      },
    ],
    related: [
      {
        kind: "external",
        outlet: "Estmark Business Daily",
        url: "https://business.example.com/tech/tessaline-contracts",
        headline: "Tessaline’s public contracts under scrutiny",
        hoursAgo: 50,
        excerpt: "The company runs software for eleven municipalities.",
      },
      { kind: "internal", storyKey: "tech-dpa-investigation" },
    ],
  },

  {
    key: "tech-dpa-investigation",
    slug: "data-regulator-opens-investigation-into-parkhalvern-breach",
    headline: "Data regulator opens investigation into ParkHalvern breach",
    summary:
      "The Data Protection Authority will examine whether Tessaline Systems and the city council did enough to protect users’ location data.",
    dateline: "ALDSBERG, Estmark",
    status: "PUBLISHED",
    hoursAgo: 2,
    authors: ["oskar"],
    tags: [
      "data-privacy",
      "data-protection-authority",
      "tessaline-systems",
      "halvern-city-council",
      "aldsberg",
    ],
    body: [
      {
        type: "p",
        text: "Estmark’s [[tag:data-protection-authority|Data Protection Authority]] has opened a formal investigation into the exposure of personal data from ParkHalvern, the parking app run for Halvern City Council by [[tag:tessaline-systems|Tessaline Systems]].",
      },
      {
        type: "p",
        text: "The authority said it would examine both Tessaline, as the company that processed the data, and the council, which is legally responsible for it as the app’s owner. It will look at how a copy of the database came to be left online without a password, and whether users’ location histories needed to be kept for two years.",
      },
      {
        type: "p",
        text: "“Parking data sounds mundane, but a record of where someone leaves their car, day after day, is a map of their life,” [[src:0|Nils Vreeland, the head of the authority, said in a statement]]. Companies and public bodies found to have breached data protection law can be fined up to 4 percent of annual turnover or, for public bodies, up to 10 million marks.",
      },
      {
        type: "p",
        text: "Tessaline Systems did not immediately respond to requests for comment. It has previously said the database was secured within hours of being reported and that it found no evidence of access by anyone other than the researcher who discovered it.",
      },
      {
        type: "p",
        text: "A Halvern City Council spokeswoman said the city would cooperate with the investigation and had written to all 92,000 affected users. The council is due to decide next year whether to renew Tessaline’s contract, which is worth about 6 million marks a year.",
      },
      {
        type: "p",
        text: "The breach was discovered by the independent security researcher Ayla Demir, who found the database during a routine scan and reported it to Tessaline. She said she welcomed the investigation and hoped it would look at why location histories were kept at all. “The app needs to know where you parked today, not where you parked two years ago,” she said.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Nils Vreeland, head of the Data Protection Authority",
        headcount: 1,
        basisOfKnowledge: "statement announcing the investigation",
        anonymityReason: "",
        privateIdentity: "Nils Vreeland",
        privateContact: "press@dpa.example.test",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Tessaline Systems",
        channel: "EMAIL",
        sentHoursBeforePublish: 2,
        deadlineHoursAfterSent: 1.5,
        outcome: "NO_RESPONSE",
      },
      {
        organisation: "Halvern City Council",
        channel: "PHONE",
        sentHoursBeforePublish: 1,
        outcome: "RESPONDED",
        responseText:
          "The city will cooperate with the investigation and has written to all 92,000 affected users.",
      },
    ],
    related: [
      { kind: "internal", storyKey: "tech-parking-app-breach" },
      {
        kind: "external",
        outlet: "Estmark Business Daily",
        url: "https://business.example.com/tech/dpa-parkhalvern-probe",
        headline: "Regulator targets city and contractor over parking data leak",
        hoursAgo: 0.2,
        excerpt:
          "It is the first time the authority has named a municipality in a breach investigation.",
      },
    ],
  },

  {
    key: "tech-parking-contract-draft",
    slug: "council-considered-dropping-tessaline-before-breach",
    headline: "Council was warned about parking app’s security a year before breach",
    summary:
      "An internal audit flagged weak access controls at Tessaline Systems. The contract was renewed anyway.",
    dateline: "HALVERN, Estmark",
    status: "DRAFT",
    hoursAgo: 6,
    authors: ["reporter", "oskar"],
    tags: ["data-privacy", "tessaline-systems", "halvern-city-council", "technology"],
    body: [
      {
        type: "p",
        text: "Halvern City Council’s own auditors warned more than a year ago that [[tag:tessaline-systems|Tessaline Systems]], the contractor that runs the ParkHalvern app, had weak controls over who could access users’ data, according to an audit report obtained by this newspaper.",
      },
      {
        type: "p",
        text: "The report, produced by the council’s internal audit unit, rated Tessaline’s data handling “limited assurance”, the second-lowest of four grades. It said the company could not show which of its staff had access to production databases and that copies of live data were used for testing without being anonymised.",
      },
      {
        type: "p",
        text: "Six weeks after the audit, the council’s digital services committee renewed Tessaline’s contract for three years without putting it out to tender. Minutes of the meeting show the audit was listed as a background paper but was not discussed.",
      },
      {
        type: "p",
        text: "Tessaline also runs software for ten other municipalities, including the booking system for Nordvik’s sports halls and a school transport app in the Kessel valley. None of those councils has reported a breach, and it is not clear whether any of them carried out a similar audit.",
      },
      {
        type: "p",
        text: "[[src:0|A council IT official said the committee had been told that Tessaline had “an action plan in hand” and that switching providers would take too long.]] (Need second source on this: Oskar to try the former committee chair.) The committee’s chair at the time, Councillor Jens Aurdal, has since left the council.",
      },
      {
        type: "p",
        text: "The audit’s warning about test copies of live data appears to describe what happened in the breach: the exposed database was, according to Tessaline, a copy made during a server migration.",
      },
      {
        type: "p",
        text: "Tessaline Systems and the council have been asked for comment.",
      },
    ],
    sources: [
      {
        anonymous: true,
        publicDescription: "a council IT official",
        headcount: 1,
        basisOfKnowledge: "attended the committee meeting as an adviser",
        anonymityReason: "not authorised to speak about committee business",
        privateIdentity: "Senior IT architect, digital services department",
        privateContact: "555-0622",
        approved: false,
      },
      {
        anonymous: false,
        publicDescription: "internal audit report on Tessaline Systems",
        headcount: 1,
        basisOfKnowledge: "document obtained by this newspaper",
        anonymityReason: "",
        privateIdentity: "Copy in the shared drive, tech folder",
        privateContact: "n/a",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Tessaline Systems",
        channel: "EMAIL",
        sentHoursBeforePublish: 1,
        deadlineHoursAfterSent: 24,
        outcome: "PENDING",
      },
      {
        organisation: "Halvern City Council",
        channel: "EMAIL",
        sentHoursBeforePublish: 1,
        deadlineHoursAfterSent: 24,
        outcome: "PENDING",
      },
    ],
    related: [
      { kind: "internal", storyKey: "tech-parking-app-breach" },
      { kind: "internal", storyKey: "tech-dpa-investigation" },
    ],
  },
];
