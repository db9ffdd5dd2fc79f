import type { SeedStory } from "./types";

// City hall, housing and the harbour-front land inquiry.
export const cityStories: SeedStory[] = [
  {
    key: "housing-rent-cap-pilot",
    slug: "council-approves-rent-cap-pilot-in-old-harbour",
    headline: "Halvern council narrowly approves rent-cap pilot in Old Harbour",
    summary:
      "A two-year pilot will limit annual rent rises on about 9,400 private flats to 3 percent. Landlords say they are studying a legal challenge.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 200,
    authors: ["reporter"],
    tags: ["housing", "halvern-city-council", "old-harbour", "anneli-drost", "halvern"],
    body: [
      {
        type: "p",
        text: "[[tag:halvern-city-council|Halvern City Council]] narrowly approved a two-year pilot capping annual rent increases in the [[tag:old-harbour|Old Harbour]] district at 3 percent, after a debate that ran past midnight and exposed divisions inside the governing coalition.",
      },
      {
        type: "p",
        text: "The measure passed by 26 votes to 23, with two abstentions. It covers roughly 9,400 privately rented homes in the district, where the council’s own figures show average rents have risen by 31 percent in four years, more than twice the increase across the rest of the city.",
      },
      {
        type: "p",
        text: "“This is not a silver bullet, and nobody in this chamber has claimed it is,” [[src:0|Mayor Anneli Drost told reporters after the vote]]. “But families who have lived in the Old Harbour for three generations are being priced out in three years. We had to do something we could measure.”",
      },
      { type: "h2", text: "What the pilot does" },
      {
        type: "ul",
        items: [
          "Caps increases on existing tenancies at 3 percent a year, or the national inflation rate if that is lower",
          "Requires landlords to register the rent for every new tenancy with the council’s housing office",
          "Exempts buildings completed in the past ten years and homes let by the municipal housing company",
          "Will be reviewed by an independent panel after 18 months",
        ],
      },
      {
        type: "p",
        text: "Opposition councillors argued that the cap would discourage investment in an ageing housing stock. “Landlords will simply stop repairing buildings, or sell them as holiday lets,” said [[src:2|Rasmus Orta, who leads the People’s List group]]. Two members of the mayor’s own Civic Alliance voted against the measure.",
      },
      {
        type: "p",
        text: "The Halvern Landlords’ Federation said it was studying a legal challenge. “The council has chosen a slogan over supply,” the federation said in an emailed statement, adding that the city needed to build 4,000 homes a year to stabilise prices and was completing fewer than half that number.",
      },
      {
        type: "p",
        text: "Tenant groups welcomed the decision but said the exemption for newer buildings left a large gap. “Most of the eviction notices we see now come from newer blocks that have been sold to investment funds,” said [[src:1|Hanne Ljung, a spokeswoman for the Old Harbour Tenants’ Association]].",
      },
      {
        type: "p",
        text: "The cap is expected to take effect at the start of next quarter, once the regional administrative office confirms that it complies with national tenancy law.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Anneli Drost, mayor of Halvern",
        headcount: 1,
        basisOfKnowledge: "spoke to reporters after the council vote",
        anonymityReason: "",
        privateIdentity: "Anneli Drost, mayor (Civic Alliance)",
        privateContact: "press office 555-0100, mayor.press@halvern-city.example.test",
        approved: true,
      },
      {
        anonymous: false,
        publicDescription: "Hanne Ljung, spokeswoman for the Old Harbour Tenants’ Association",
        headcount: 1,
        basisOfKnowledge: "represents tenants in the district; interviewed by phone",
        anonymityReason: "",
        privateIdentity: "Hanne Ljung, tenants’ association spokeswoman",
        privateContact: "555-0187, hanne.ljung@tenants.example.test",
        approved: true,
      },
      {
        anonymous: false,
        publicDescription: "Rasmus Orta, leader of the People’s List group on the council",
        headcount: 1,
        basisOfKnowledge: "spoke during the council debate",
        anonymityReason: "",
        privateIdentity: "Rasmus Orta, opposition group leader",
        privateContact: "555-0142",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Halvern Landlords’ Federation",
        channel: "EMAIL",
        sentHoursBeforePublish: 5,
        deadlineHoursAfterSent: 4,
        outcome: "RESPONDED",
        responseText:
          "The council has chosen a slogan over supply. Halvern needs 4,000 new homes a year and is building fewer than half that. We are studying the decision with our lawyers.",
      },
    ],
    related: [
      {
        kind: "external",
        outlet: "The Halvern Ledger",
        url: "https://www.example.com/ledger/city/landlords-weigh-challenge-to-rent-cap",
        headline: "Landlords weigh court challenge to Old Harbour rent cap",
        hoursAgo: 190,
        excerpt:
          "The federation has retained an Aldsberg law firm to examine whether the pilot breaches national tenancy law.",
      },
      { kind: "internal", storyKey: "housing-vessel-street-evacuation" },
    ],
  },

  {
    key: "housing-vessel-street-evacuation",
    slug: "vessel-street-tower-residents-told-to-leave-after-fire-inspection",
    headline:
      "Residents of Old Harbour tower told to leave after fire inspectors find faulty cladding",
    summary:
      "Tenants of 212 flats at 40 Vessel Street have 14 days to move out. Some say the inspection was requested by the building’s owner.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 72,
    authors: ["reporter"],
    tags: ["housing", "old-harbour", "halvern-city-council", "halvern"],
    body: [
      {
        type: "p",
        text: "Residents of a 16-storey tower in Halvern’s [[tag:old-harbour|Old Harbour]] district have been given 14 days to leave their homes after city fire inspectors found combustible cladding panels and defective fire doors on several floors.",
      },
      {
        type: "p",
        text: "The notice, delivered to all 212 flats at 40 Vessel Street, says the building presents “an unacceptable risk to life” until the cladding is removed. The council said it would offer emergency accommodation to households that could not find somewhere to stay, but could not say where.",
      },
      {
        type: "p",
        text: "“We have to act on what the inspectors found. I would not be able to live with the alternative,” said Petra Sand, head of building control at [[tag:halvern-city-council|Halvern City Council]]. She said remedial work was likely to take at least six months.",
      },
      {
        type: "p",
        text: "Several residents said they suspected the evacuation would be used to empty the building for refurbishment and re-let the flats at higher rents. The tower, built in 1974, falls within the rent-cap pilot approved by the council last week.",
      },
      {
        type: "p",
        text: "The inspection was requested by the building’s owner, Kestrel Residential, in a letter sent to the council two months ago, [[src:0|according to a council official familiar with the inspection]]. The official said the letter asked for an assessment “in view of planned works”.",
      },
      {
        type: "quote",
        text: "“I have paid rent here for 19 years. Nobody said a word about cladding until the rent cap passed.” — Amira Dalen, a resident of the ninth floor",
      },
      {
        type: "p",
        text: "Kestrel Residential, which bought the tower from a pension fund in 2021, did not immediately respond to requests for comment. Its website says it manages about 3,000 homes in Halvern and Aldsberg.",
      },
      {
        type: "p",
        text: "The Old Harbour Tenants’ Association said it had arranged a meeting with lawyers for residents and would ask the district court to delay the evictions until alternative homes were guaranteed.",
      },
    ],
    sources: [
      {
        anonymous: true,
        publicDescription: "a council official familiar with the inspection",
        headcount: 1,
        basisOfKnowledge:
          "has seen the correspondence between the owner and the building control office",
        anonymityReason:
          "not authorised to discuss a live enforcement case and fears disciplinary action",
        privateIdentity: "Senior case officer, building control department",
        privateContact: "555-0163 (personal mobile only)",
        approved: true,
      },
      {
        anonymous: false,
        publicDescription: "Amira Dalen, a resident of 40 Vessel Street",
        headcount: 1,
        basisOfKnowledge: "tenant in the building for 19 years; interviewed in person",
        anonymityReason: "",
        privateIdentity: "Amira Dalen, tenant, flat 9C",
        privateContact: "555-0119",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Kestrel Residential",
        channel: "EMAIL",
        sentHoursBeforePublish: 6,
        deadlineHoursAfterSent: 4,
        outcome: "NO_RESPONSE",
      },
      {
        organisation: "Halvern City Council building control",
        channel: "PHONE",
        sentHoursBeforePublish: 7,
        outcome: "RESPONDED",
        responseText:
          "We have to act on what the inspectors found. Remedial work is likely to take at least six months.",
      },
    ],
    related: [
      { kind: "internal", storyKey: "housing-rent-cap-pilot" },
      { kind: "internal", storyKey: "courts-vessel-street-injunction" },
      {
        kind: "external",
        outlet: "Nordvik Radio",
        url: "https://radio.example.net/news/vessel-street-residents-meeting",
        headline: "Vessel Street residents pack church hall as eviction deadline looms",
        hoursAgo: 60,
        excerpt: "More than 300 people attended a meeting called by the tenants’ association.",
      },
    ],
    corrections: [
      {
        kind: "CORRECTION",
        text: "An earlier version of this story said the tower had 221 flats. It has 212.",
        hoursAfterPublish: 5,
      },
    ],
  },

  {
    key: "council-budget-vote-delayed",
    slug: "halvern-budget-vote-delayed-as-coalition-splits-over-housing-fund",
    headline: "Halvern budget vote delayed as coalition splits over housing fund",
    summary:
      "The mayor pulled the vote minutes before it was due after two coalition partners demanded a larger emergency housing fund.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 3,
    authors: ["reporter"],
    tags: ["public-finances", "halvern-city-council", "anneli-drost", "housing"],
    body: [
      {
        type: "p",
        text: "[[tag:anneli-drost|Mayor Anneli Drost]] postponed a vote on Halvern’s annual budget minutes before it was due to begin, after two of her coalition partners said they would not support it without a larger emergency fund for families displaced from their homes.",
      },
      {
        type: "p",
        text: "The 2.9 billion-mark budget includes 12 million marks for emergency housing, up from 8 million this year. The Greens and the Pensioners’ Party, whose six councillors give the Civic Alliance its majority, want that doubled to 24 million, citing the evacuation of the Vessel Street tower.",
      },
      {
        type: "p",
        text: "“We are not going to vote for a budget that leaves 212 families to find their own way,” [[src:0|said Councillor Mette Roan, who chairs the finance committee for the Greens]]. “The money exists. It is a question of priorities.”",
      },
      {
        type: "p",
        text: "Roan said the Greens had identified savings in the council’s consultancy, vehicle and office budgets that would cover most of the extra 12 million marks without raising property tax. The Pensioners’ Party has also asked for a freeze on fees for home care, which are due to rise by 4 percent.",
      },
      {
        type: "p",
        text: "Drost told reporters the vote would be held within two weeks and that she was confident of reaching agreement. “Nobody in the coalition disagrees about the goal. We disagree about the arithmetic,” she said.",
      },
      {
        type: "p",
        text: "The council must adopt a budget before the end of the year or run on a temporary spending order that freezes new projects. The last time that happened, a decade ago, road repairs and two school extensions were delayed by six months.",
      },
      {
        type: "p",
        text: "The opposition People’s List, which has proposed cutting the council’s consultancy spending to pay for housing, said the delay showed the coalition was “running out of road”. A spokesman for the Civic Alliance said in an email that talks with coalition partners would resume in the morning.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Mette Roan, chair of the council’s finance committee",
        headcount: 1,
        basisOfKnowledge: "leads budget negotiations for the Greens; spoke outside the chamber",
        anonymityReason: "",
        privateIdentity: "Mette Roan, councillor (Greens)",
        privateContact: "555-0131",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Civic Alliance",
        channel: "EMAIL",
        sentHoursBeforePublish: 1.5,
        deadlineHoursAfterSent: 2,
        outcome: "RESPONDED",
        responseText:
          "Talks with our coalition partners will resume tomorrow morning. We expect a budget to be adopted within two weeks.",
      },
    ],
    related: [
      { kind: "internal", storyKey: "housing-vessel-street-evacuation" },
      { kind: "internal", storyKey: "housing-rent-cap-pilot" },
      {
        kind: "external",
        outlet: "The Halvern Ledger",
        url: "https://www.example.com/ledger/city/budget-vote-pulled",
        headline: "Drost pulls budget vote at last minute",
        hoursAgo: 0.07,
        excerpt: "The mayor said she would rather delay than lose the vote.",
      },
    ],
  },

  {
    key: "inquiry-opened",
    slug: "integrity-commission-opens-inquiry-into-harbour-front-land-sales",
    headline: "Integrity commission opens inquiry into Halvern harbour-front land sales",
    summary:
      "Investigators will examine how three council-owned plots on the Old Harbour waterfront were sold to companies linked to one developer for a third less than their assessed value.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 230,
    authors: ["reporter", "ruth"],
    tags: [
      "corruption",
      "public-integrity-commission",
      "brennmoor-holdings",
      "viktor-haldane",
      "halvern-city-council",
      "old-harbour",
      "elin-vastergaard",
    ],
    body: [
      {
        type: "p",
        text: "Estmark’s [[tag:public-integrity-commission|Public Integrity Commission]] has opened a formal inquiry into the sale of three council-owned plots on Halvern’s [[tag:old-harbour|Old Harbour]] waterfront, all of which were bought by companies linked to the developer [[tag:brennmoor-holdings|Brennmoor Holdings]] for far less than their assessed value.",
      },
      {
        type: "p",
        text: "In a two-page statement, the commission said it would examine “whether any public official improperly influenced the valuation, timing or terms” of the sales, which took place over the past five years and raised a combined 61 million marks. Independent valuations commissioned by the council before each sale put the plots’ combined worth at 94 million marks. The gap of 33 million marks is more than the city spends on its libraries in three years.",
      },
      {
        type: "p",
        text: "The commission was set up by parliament a decade ago, after a procurement scandal at the national roads agency. It can compel witnesses to testify under oath and organisations to hand over documents, but it cannot bring criminal charges itself; it refers evidence to the public prosecutor. Of the 31 inquiries it has completed, 11 have led to prosecutions. It did not name anyone under investigation and said it expected to hold public hearings in Halvern in the coming weeks, chaired by the chief commissioner, [[tag:elin-vastergaard|Elin Vastergaard]].",
      },
      { type: "h2", text: "Three plots, one buyer" },
      {
        type: "ul",
        items: [
          "**Pier 4 warehouse site**: sold for 24 million marks; independently valued at 38 million",
          "**Former ropeworks, Tollgate Lane**: sold for 19 million marks; valued at 29 million",
          "**Saltmarket car park**: sold for 18 million marks; valued at 27 million",
          "**Total**: 61 million marks received against combined valuations of 94 million",
        ],
      },
      {
        type: "p",
        text: "Each plot was sold through a tender overseen by the council’s planning and development department, which reports to deputy mayor [[tag:viktor-haldane|Viktor Haldane]]. In two of the three tenders, the winning bid was the only one received, according to council records reviewed by this newspaper. In the third, for the former ropeworks, a rival bid from a housing cooperative was rejected because it arrived 40 minutes after the deadline; the cooperative has said it was given the wrong closing time by council staff.",
      },
      {
        type: "p",
        text: "Investigators have already asked the planning department to preserve and hand over email records going back six years, [[src:0|according to two people with knowledge of the commission’s work]]. [[src:0|The same people said the inquiry was prompted by a complaint filed late last year by a member of the council’s property department, who had first raised concerns internally and been told they were unfounded.]]",
      },
      {
        type: "p",
        text: "Haldane said in a statement that he welcomed the inquiry and would cooperate fully. “Every one of these sales followed the procedures the council itself approved. I have nothing to hide and I look forward to saying so in public,” [[src:1|he said]]. He said valuations were a guide rather than a guarantee and that the council had been under pressure at the time to raise money for school repairs.",
      },
      {
        type: "p",
        text: "Brennmoor Holdings, a privately owned developer founded in Halvern in the 1990s, has built about 1,200 flats in the city, most of them along the waterfront. It has applied for permission to build 340 flats and a hotel on the Pier 4 site, and work has started on an office block at the former ropeworks. The company said all three purchases had been made lawfully through open tenders. “We paid the price the market was willing to pay at the time. Valuations are opinions; tenders are facts,” Cas Wendel, the company’s managing director, said by phone.",
      },
      {
        type: "p",
        text: "The inquiry lands at a difficult moment for [[tag:halvern-city-council|Halvern City Council]], where the governing Civic Alliance holds its majority only with the support of two smaller parties. Rasmus Orta, who leads the opposition People’s List, called on Haldane to step aside while the commission did its work. “The deputy mayor cannot keep signing off planning decisions while the body that investigates corruption is reading his email,” Orta said. “If he has nothing to hide, he will lose nothing by stepping back for a few months.”",
      },
      {
        type: "p",
        text: "Mayor Anneli Drost said the council would cooperate fully with the commission but stopped short of asking Haldane to stand down. “Nobody is accused of anything. I will not run the city on the basis of rumours,” she told reporters at city hall. She said she had asked the council’s chief legal officer to make sure that no documents relating to the sales were altered or destroyed, and that staff had been told they were free to speak to investigators without seeking permission from their managers. “If anyone in this building has something to tell the commission, they should tell it,” she said.",
      },
      {
        type: "p",
        text: "The land sales have long divided the council. When the Pier 4 sale was approved, the People’s List and the Greens voted against, arguing that the site should have been kept for social housing. [[src:2|“These were the last big public plots on the waterfront. Whatever the commission finds, they are gone,” said Hanne Ljung, a spokeswoman for the Old Harbour Tenants’ Association]], which has asked the commission to examine whether the council considered other uses for the land.",
      },
    ],
    sources: [
      {
        anonymous: true,
        publicDescription: "two people with knowledge of the commission’s work",
        headcount: 2,
        basisOfKnowledge:
          "have been briefed on the scope of the inquiry and the commission’s first requests for documents",
        anonymityReason:
          "the commission’s preliminary work is confidential and they were not authorised to discuss it",
        privateIdentity: "A commission investigator and a council legal officer",
        privateContact: "Via Signal only; numbers held by the deputy editor",
        approved: true,
      },
      {
        anonymous: false,
        publicDescription: "Viktor Haldane, deputy mayor for planning",
        headcount: 1,
        basisOfKnowledge: "statement issued by his office",
        anonymityReason: "",
        privateIdentity: "Viktor Haldane, deputy mayor",
        privateContact: "press office 555-0102",
        approved: true,
      },
      {
        anonymous: false,
        publicDescription: "Hanne Ljung, spokeswoman for the Old Harbour Tenants’ Association",
        headcount: 1,
        basisOfKnowledge: "represents tenants in the district; interviewed by phone",
        anonymityReason: "",
        privateIdentity: "Hanne Ljung, tenants’ association spokeswoman",
        privateContact: "555-0187, hanne.ljung@tenants.example.test",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Brennmoor Holdings",
        channel: "PHONE",
        sentHoursBeforePublish: 8,
        deadlineHoursAfterSent: 6,
        outcome: "RESPONDED",
        responseText:
          "We paid the price the market was willing to pay at the time. Valuations are opinions; tenders are facts. — Cas Wendel, managing director",
      },
      {
        organisation: "Office of the deputy mayor for planning",
        channel: "EMAIL",
        sentHoursBeforePublish: 8,
        deadlineHoursAfterSent: 6,
        outcome: "RESPONDED",
        responseText:
          "Every one of these sales followed the procedures the council itself approved. I have nothing to hide and I look forward to saying so in public.",
      },
      {
        organisation: "Public Integrity Commission",
        channel: "EMAIL",
        sentHoursBeforePublish: 10,
        outcome: "RESPONDED",
        responseText: "The commission does not comment beyond its published statement.",
      },
    ],
    related: [
      {
        kind: "external",
        outlet: "Estmark Broadcasting Corporation",
        url: "https://www.example.org/ebc/news/integrity-commission-halvern",
        headline: "Anti-corruption body turns its attention to Halvern",
        hoursAgo: 228,
        excerpt:
          "It is the commission’s first inquiry into a municipal government outside the capital.",
      },
      { kind: "internal", storyKey: "haldane-steps-aside" },
    ],
  },

  {
    key: "haldane-steps-aside",
    slug: "halvern-deputy-mayor-haldane-steps-aside-during-land-sale-inquiry",
    headline: "Halvern deputy mayor steps aside during land-sale inquiry",
    summary:
      "Viktor Haldane said he was stepping back “to protect the council’s work”, days after reports that he dined with a Brennmoor Holdings director weeks before a sale.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 120,
    authors: ["reporter"],
    tags: [
      "corruption",
      "viktor-haldane",
      "anneli-drost",
      "brennmoor-holdings",
      "halvern-city-council",
    ],
    body: [
      {
        type: "p",
        text: "Halvern’s deputy mayor for planning, [[tag:viktor-haldane|Viktor Haldane]], said he would step aside from his duties while the Public Integrity Commission investigates the sale of three council plots to companies linked to [[tag:brennmoor-holdings|Brennmoor Holdings]].",
      },
      {
        type: "p",
        text: "“I have decided to step back so that the council’s work is not overshadowed by questions about me,” Haldane said in a written statement. He said he remained confident the inquiry would “show that I acted properly at every stage”. He will keep his seat on the council and his salary as a councillor, but not his deputy mayor’s allowance.",
      },
      {
        type: "p",
        text: "The announcement came after The Halvern Ledger reported that Haldane had attended a private dinner hosted by a Brennmoor director about three weeks before the sale of the Pier 4 warehouse site, the largest of the three plots. [[src:0|Haldane’s statement said the dinner had been entered in the council’s register of hospitality at the time.]]",
      },
      {
        type: "p",
        text: "The register, which is published online, lists a dinner “with representatives of the property sector” on a date that matches the Ledger’s account. It does not name the host. A spokesman for Haldane’s office declined to comment beyond the statement.",
      },
      {
        type: "p",
        text: "[[tag:anneli-drost|Mayor Anneli Drost]], who had resisted opposition calls for Haldane to stand down, said she respected his decision. His planning responsibilities will pass temporarily to the deputy mayor for transport, Gustav Rehn. “This is the right call, and it was his call,” Drost said in an emailed statement.",
      },
      {
        type: "p",
        text: "Brennmoor Holdings, whose website lists only a fax number for press inquiries, did not respond to faxed requests for comment. Its managing director has previously said all three purchases were made lawfully through open tenders.",
      },
      {
        type: "p",
        text: "The commission said it would publish a timetable for public hearings shortly. It has the power to recommend criminal charges to the public prosecutor but cannot bring them itself.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Viktor Haldane, deputy mayor for planning",
        headcount: 1,
        basisOfKnowledge: "written statement issued by his office",
        anonymityReason: "",
        privateIdentity: "Viktor Haldane, deputy mayor",
        privateContact: "press office 555-0102",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Brennmoor Holdings",
        channel: "FAX",
        sentHoursBeforePublish: 9,
        deadlineHoursAfterSent: 6,
        outcome: "NO_RESPONSE",
      },
      {
        // The deputy mayor's own office, as the text names it: the gate matches the words.
        organisation: "Haldane’s office",
        channel: "PHONE",
        sentHoursBeforePublish: 4,
        outcome: "DECLINED",
      },
      {
        organisation: "Office of the Mayor of Halvern",
        channel: "EMAIL",
        sentHoursBeforePublish: 4,
        deadlineHoursAfterSent: 3,
        outcome: "RESPONDED",
        responseText:
          "This is the right call, and it was his call. Gustav Rehn will take on planning for the time being.",
      },
    ],
    related: [
      { kind: "internal", storyKey: "inquiry-opened" },
      {
        kind: "external",
        outlet: "The Halvern Ledger",
        url: "https://www.example.com/ledger/investigations/haldane-dinner",
        headline: "Deputy mayor dined with developer weeks before Pier 4 sale",
        hoursAgo: 140,
        excerpt:
          "The dinner, at a private room in the Saltmarket, was attended by at least six people.",
      },
    ],
  },

  {
    key: "inquiry-documents-seized",
    slug: "integrity-investigators-remove-files-from-halvern-planning-office",
    headline: "Integrity investigators remove files from Halvern planning office",
    summary:
      "Investigators spent six hours at city hall and left with boxes of tender files and several laptops, a witness said.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 48,
    authors: ["reporter", "jonas"],
    tags: ["corruption", "public-integrity-commission", "halvern-city-council", "viktor-haldane"],
    body: [
      {
        type: "p",
        text: "Investigators from the [[tag:public-integrity-commission|Public Integrity Commission]] spent most of the day at Halvern city hall and removed boxes of documents and several laptops from the planning and development department, the commission and a witness said.",
      },
      {
        type: "p",
        text: "The commission confirmed in a brief statement that it had carried out “an operation to secure evidence” under a warrant issued by Halvern District Court. It said no one had been arrested and that the operation was “a normal step in an inquiry of this kind”.",
      },
      {
        type: "p",
        text: "[[src:0|Nine investigators arrived shortly after 8 a.m. and asked staff on the fourth floor to step away from their desks]], according to a person who was present during the search. [[src:0|The person said investigators were particularly interested in paper tender files from the sale of the former ropeworks on Tollgate Lane, and in the laptop used by the deputy mayor’s former chief of staff.]]",
      },
      {
        type: "p",
        text: "The chief of staff, who left the council last spring, did not respond to a request for comment. [[tag:viktor-haldane|Viktor Haldane]], the deputy mayor who has stepped aside during the inquiry, was not at city hall, his office said.",
      },
      {
        type: "p",
        text: "“The council is cooperating fully and has given investigators access to everything they asked for,” a council spokeswoman said in an email. She said the planning department would continue to process applications, though some decisions might be delayed.",
      },
      {
        type: "p",
        text: "Brennmoor Holdings did not immediately respond to requests for comment. The developer has said all three of its purchases from the council were lawful.",
      },
      {
        type: "p",
        text: "Under the law that created the commission, evidence seized in an operation can be used in public hearings and passed to prosecutors if the commission finds grounds to suspect a crime.",
      },
    ],
    sources: [
      {
        anonymous: true,
        publicDescription: "a person who was present during the search",
        headcount: 1,
        basisOfKnowledge: "works on the fourth floor of city hall and watched the search",
        anonymityReason:
          "council staff are barred from speaking to the media about the inquiry and the person fears losing their job",
        privateIdentity: "Administrative officer, planning and development department",
        privateContact: "555-0178 (evenings)",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Halvern City Council",
        channel: "EMAIL",
        sentHoursBeforePublish: 3,
        outcome: "RESPONDED",
        responseText:
          "The council is cooperating fully and has given investigators access to everything they asked for.",
      },
      {
        organisation: "Brennmoor Holdings",
        channel: "PHONE",
        sentHoursBeforePublish: 3,
        deadlineHoursAfterSent: 2,
        outcome: "NO_RESPONSE",
      },
      {
        organisation: "The chief of staff",
        channel: "PHONE",
        sentHoursBeforePublish: 5,
        deadlineHoursAfterSent: 3,
        outcome: "NO_RESPONSE",
      },
    ],
    related: [
      { kind: "internal", storyKey: "haldane-steps-aside" },
      { kind: "internal", storyKey: "inquiry-opened" },
    ],
  },

  {
    key: "haldane-hearing",
    slug: "haldane-tells-integrity-hearing-he-never-discussed-prices-with-brennmoor",
    headline: "Haldane tells integrity hearing he never discussed prices with developer",
    summary:
      "At the first public hearing of the land-sale inquiry, commission counsel showed an email in which the deputy mayor’s office forwarded a confidential valuation to Brennmoor.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 1.5,
    authors: ["reporter"],
    tags: [
      "corruption",
      "viktor-haldane",
      "public-integrity-commission",
      "elin-vastergaard",
      "brennmoor-holdings",
    ],
    body: [
      {
        type: "p",
        text: "[[tag:viktor-haldane|Viktor Haldane]], Halvern’s suspended deputy mayor for planning, told the first public hearing of the harbour-front land inquiry that he had never discussed the price of council land with [[tag:brennmoor-holdings|Brennmoor Holdings]] or anyone acting for the developer.",
      },
      {
        type: "p",
        text: "“I did not negotiate. I did not hint. I did not nod,” Haldane said, under questioning that lasted more than three hours. “Prices were set by the tender and by nothing else.”",
      },
      {
        type: "p",
        text: "Counsel for the commission, Tobias Wren, then showed the hearing an email sent from the account of Haldane’s then chief of staff to a Brennmoor address eleven days before the Pier 4 tender closed. It carried, as an attachment, the council’s confidential valuation of the site.",
      },
      {
        type: "p",
        text: "Haldane said he had not known about the email until the commission disclosed it to his lawyers. “If that was sent, it was not sent on my instruction,” he said. Asked whether he had ever given his staff access to valuation reports, he said: “Of course. They were my staff.”",
      },
      {
        type: "p",
        text: "The chief commissioner, [[tag:elin-vastergaard|Elin Vastergaard]], who is chairing the hearings, said the former chief of staff would be called to give evidence. [[src:0|The commission said in a note to reporters that he had been served with a summons.]]",
      },
      {
        type: "p",
        text: "Speaking outside the hearing room, Haldane’s lawyer, Sofie Lindahl, said her client had “answered every question put to him, openly and under oath”. She added: “An email he did not write, did not see and did not authorise is not evidence against him.”",
      },
      {
        type: "p",
        text: "Brennmoor Holdings has been asked for comment. The hearings continue with evidence from two council valuers.",
      },
      {
        type: "p",
        text: "_Reporting by Pieter Vael at the Halvern Exchange; editing by Ingrid Solvang._",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "the Public Integrity Commission",
        headcount: 1,
        basisOfKnowledge: "note distributed to reporters at the hearing",
        anonymityReason: "",
        privateIdentity: "Commission press office",
        privateContact: "press@integrity-commission.example.test",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Lindahl & Berg (lawyers for Viktor Haldane)",
        channel: "IN_PERSON",
        sentHoursBeforePublish: 1,
        outcome: "RESPONDED",
        responseText:
          "My client has answered every question put to him, openly and under oath. An email he did not write, did not see and did not authorise is not evidence against him. — Sofie Lindahl",
      },
      {
        organisation: "Brennmoor Holdings",
        channel: "EMAIL",
        sentHoursBeforePublish: 1,
        deadlineHoursAfterSent: 6,
        outcome: "PENDING",
      },
    ],
    related: [
      { kind: "internal", storyKey: "inquiry-documents-seized" },
      { kind: "internal", storyKey: "haldane-steps-aside" },
      { kind: "internal", storyKey: "inquiry-opened" },
      {
        kind: "external",
        outlet: "Nordvik Radio",
        url: "https://radio.example.net/live/integrity-hearing-halvern",
        headline: "Live: Integrity commission hearing, day one",
        hoursAgo: 0.2,
        excerpt: "Follow our live coverage from the hearing room in the Halvern Exchange building.",
      },
    ],
    corrections: [
      {
        kind: "UPDATE",
        text: "This story has been updated with comments from Viktor Haldane’s lawyer, given outside the hearing room.",
        hoursAfterPublish: 0.5,
      },
    ],
  },

  {
    key: "brennmoor-family-ties",
    slug: "brennmoor-director-related-to-haldane-aide",
    headline: "Brennmoor director is brother-in-law of Haldane’s former chief of staff",
    summary:
      "Withdrawn pending legal review. A director of a Brennmoor subsidiary that bought the Saltmarket car park is related by marriage to a former senior aide.",
    dateline: "HALVERN, Estmark",
    status: "UNPUBLISHED",
    hoursAgo: 40,
    authors: ["reporter", "ruth"],
    tags: ["corruption", "brennmoor-holdings", "viktor-haldane", "halvern-city-council"],
    body: [
      {
        type: "p",
        text: "A director of the [[tag:brennmoor-holdings|Brennmoor Holdings]] subsidiary that bought the Saltmarket car park from Halvern City Council is the brother-in-law of the deputy mayor’s former chief of staff, according to company filings and [[src:0|two people familiar with the family]].",
      },
      {
        type: "p",
        text: "The subsidiary, Saltmarket Quay Development, was registered four months before the car park tender opened and listed three directors. One of them married into the aide’s family several years ago, [[src:0|the two people said]]. The relationship does not appear in the council’s register of interests, which covers elected members but not their staff.",
      },
      {
        type: "p",
        text: "There is no suggestion that either man broke any law. Council rules require staff to declare “close personal relationships” with parties to a tender in which they are involved, but do not define the term.",
      },
      {
        type: "p",
        text: "Company filings show Saltmarket Quay Development has no employees and that its only asset is the car park site, which it bought for 18 million marks. It has since applied for permission to build 120 flats and ground-floor shops there, a scheme that became possible after the council changed its planning rules for the area five months after the sale.",
      },
      {
        type: "p",
        text: "The former chief of staff, who left the council last spring, did not respond to messages left at his home. Brennmoor Holdings did not respond to faxed requests for comment; it has said all its purchases from the council were lawful.",
      },
      {
        type: "p",
        text: "The Public Integrity Commission declined to say whether it was aware of the relationship. Its investigators removed the former aide’s laptop from city hall during a search of the planning department.",
      },
      {
        type: "p",
        text: "Opposition leader Rasmus Orta said the council should extend its declaration rules to senior political staff. “The people who draft the papers have as much power as the people who sign them,” he said.",
      },
    ],
    sources: [
      {
        anonymous: true,
        publicDescription: "two people familiar with the family",
        headcount: 2,
        basisOfKnowledge: "know both men personally and attended the wedding",
        anonymityReason: "they fear damaging family relationships and being drawn into the inquiry",
        privateIdentity: "A cousin of the director; a former colleague of the aide",
        privateContact: "555-0191; 555-0192",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Public Integrity Commission",
        channel: "PHONE",
        sentHoursBeforePublish: 5,
        outcome: "DECLINED",
        mentionedAs: "The Public Integrity Commission declined",
      },
      {
        organisation: "Brennmoor Holdings",
        channel: "FAX",
        sentHoursBeforePublish: 10,
        deadlineHoursAfterSent: 8,
        outcome: "NO_RESPONSE",
      },
      {
        organisation: "The former chief of staff",
        channel: "OTHER",
        sentHoursBeforePublish: 7,
        deadlineHoursAfterSent: 4,
        outcome: "NO_RESPONSE",
      },
    ],
    related: [{ kind: "internal", storyKey: "inquiry-documents-seized" }],
  },

  {
    key: "housing-waiting-list",
    slug: "halvern-social-housing-waiting-list-passes-14000",
    headline: "Halvern’s social housing waiting list passes 14,000 households",
    summary:
      "The list has grown by half in three years while the municipal housing company built fewer than 600 homes, figures obtained under freedom of information show.",
    dateline: "HALVERN, Estmark",
    status: "DRAFT",
    hoursAgo: 20,
    authors: ["reporter"],
    tags: ["housing", "halvern-city-council", "public-finances", "halvern"],
    body: [
      {
        type: "p",
        text: "The number of households waiting for a council-owned home in Halvern has passed 14,000 for the first time, up by about half in three years, according to figures released to this newspaper under the freedom of information law.",
      },
      {
        type: "p",
        text: "Over the same period, Halvern Municipal Housing, the council-owned company that manages the city’s 31,000 social rented homes, completed 580 new flats. The average wait for a two-bedroom flat is now six years and four months, up from just under four years.",
      },
      {
        type: "p",
        text: "The figures do not yet include the 212 households evacuated from the Vessel Street tower, many of whom have applied for emergency places (TK: housing office to confirm how many).",
      },
      {
        type: "p",
        text: "The figures also show that the number of households leaving the list because they were housed fell by a third over the period, while the number removed because they had moved out of the city or could not be contacted doubled. Tenant groups say that suggests many applicants simply give up.",
      },
      { type: "h2", text: "Who is waiting" },
      {
        type: "ul",
        items: [
          "About 4,100 households include children under 12",
          "Just under 2,000 applicants are over 70",
          "About one in five applicants already lives in the Old Harbour district",
        ],
      },
      {
        type: "p",
        text: "“Every year we hear that the next budget will turn it around, and every year the list is longer,” said Hanne Ljung of the Old Harbour Tenants’ Association. She said many families on the list were living in overcrowded private flats on short leases.",
      },
      {
        type: "p",
        text: "Halvern Municipal Housing has been asked why its building programme has slowed and whether the planned sale of land at Kvarn Point would pay for new homes.",
      },
      {
        type: "p",
        text: "Councillors are due to debate a motion from the People’s List calling for a 1,000-home building programme when the budget returns to the chamber. The Civic Alliance has said the plan is unaffordable without national funding.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Halvern Municipal Housing (freedom of information release)",
        headcount: 1,
        basisOfKnowledge: "official figures released on request",
        anonymityReason: "",
        privateIdentity: "FOI officer, Halvern Municipal Housing",
        privateContact: "foi@hmh.example.test",
        approved: true,
      },
      {
        anonymous: false,
        publicDescription: "Hanne Ljung, spokeswoman for the Old Harbour Tenants’ Association",
        headcount: 1,
        basisOfKnowledge: "represents tenants in the district",
        anonymityReason: "",
        privateIdentity: "Hanne Ljung",
        privateContact: "555-0187",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Halvern Municipal Housing",
        channel: "EMAIL",
        sentHoursBeforePublish: 2,
        deadlineHoursAfterSent: 48,
        outcome: "PENDING",
      },
    ],
    related: [{ kind: "internal", storyKey: "housing-rent-cap-pilot" }],
  },

  {
    key: "saltmarket-valuation-warning",
    slug: "valuers-warning-removed-before-saltmarket-car-park-sale",
    headline:
      "Valuer’s warning was removed from report before Saltmarket car park sale, documents show",
    summary:
      "A draft valuation said the site could be worth up to 31 million marks if planning rules changed. The final version sent to councillors did not include the passage.",
    dateline: "HALVERN, Estmark",
    status: "IN_REVIEW",
    hoursAgo: 8,
    authors: ["reporter"],
    tags: ["corruption", "halvern-city-council", "brennmoor-holdings", "housing"],
    body: [
      {
        type: "p",
        text: "A warning that Halvern’s Saltmarket car park could be worth far more than its sale price was removed from a valuation report before it was sent to councillors who approved the sale to a [[tag:brennmoor-holdings|Brennmoor Holdings]] subsidiary, according to two drafts of the report seen by this newspaper.",
      },
      {
        type: "p",
        text: "The first draft, dated six weeks before the tender opened, valued the site at 27 million marks under existing planning rules but added that it “could reasonably be expected to achieve 29 to 31 million marks” if the council allowed housing above the ground floor. The council changed those rules five months after the sale.",
      },
      {
        type: "p",
        text: "The final report, which went to the council’s property committee, contains the 27 million mark figure but not the paragraph about planning changes. The car park was sold for 18 million marks.",
      },
      {
        type: "p",
        text: "[[src:0|The passage was removed at the request of the planning department, a former employee of the council’s property department said.]] [[src:0|The former employee said the valuer had objected in an email and been told the paragraph was “speculative”.]]",
      },
      {
        type: "p",
        text: "This newspaper has not seen the email. The valuer, who now works for a private firm in Aldsberg, did not answer calls. The council’s property committee minutes record no discussion of planning changes when the sale was approved,. [[src:2|Councillor Mette Roan, who sits on the committee, said she had not been told that a higher figure had ever been suggested.]]",
      },
      {
        type: "p",
        text: "Halvern City Council has been asked who requested the change and whether councillors were told about the draft. Brennmoor has said all its purchases were lawful.",
      },
      {
        type: "p",
        text: "The Public Integrity Commission, which is investigating the sale of the car park and two other council plots, is due to hear evidence from council valuers at its public hearings.",
      },
    ],
    sources: [
      {
        anonymous: true,
        publicDescription: "a former employee of the council’s property department",
        headcount: 1,
        basisOfKnowledge: "worked on the Saltmarket file and saw the valuer’s objection",
        anonymityReason: "",
        privateIdentity: "Former property surveyor, Halvern City Council (left two years ago)",
        privateContact: "555-0148, private email on file with the deputy editor",
        approved: false,
      },
      {
        anonymous: false,
        publicDescription: "draft and final valuation reports",
        headcount: 1,
        basisOfKnowledge: "documents obtained by this newspaper",
        anonymityReason: "",
        privateIdentity: "Copies held in the investigations folder",
        privateContact: "n/a",
        approved: true,
      },
      {
        anonymous: false,
        publicDescription: "Mette Roan, member of the council’s property committee",
        headcount: 1,
        basisOfKnowledge: "sat on the committee that approved the sale; interviewed by phone",
        anonymityReason: "",
        privateIdentity: "Mette Roan, councillor (Greens)",
        privateContact: "555-0131",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "The valuer",
        channel: "PHONE",
        sentHoursBeforePublish: 6,
        deadlineHoursAfterSent: 3,
        outcome: "NO_RESPONSE",
      },
      {
        organisation: "Halvern City Council",
        channel: "EMAIL",
        sentHoursBeforePublish: 4,
        deadlineHoursAfterSent: 24,
        outcome: "PENDING",
      },
      {
        organisation: "Brennmoor Holdings",
        channel: "PHONE",
        sentHoursBeforePublish: 4,
        deadlineHoursAfterSent: 24,
        outcome: "PENDING",
      },
    ],
    related: [
      { kind: "internal", storyKey: "inquiry-opened" },
      { kind: "internal", storyKey: "haldane-hearing" },
    ],
  },
];
