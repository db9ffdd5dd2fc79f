import type { SeedStory } from "./types";

// The health service, the courts and Halvern Athletic's finances.
export const publicStories: SeedStory[] = [
  {
    key: "health-ed-waiting-times",
    slug: "halvern-general-emergency-waits-hit-record",
    headline: "Emergency department waits at Halvern General hit record",
    summary:
      "Nearly one in five patients waited more than 12 hours last month, figures show. The health minister has ordered a review of hospital capacity on the west coast.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 140,
    authors: ["leena"],
    tags: ["health", "halvern-general-hospital", "selma-aric", "halvern"],
    body: [
      {
        type: "p",
        text: "Patients at the emergency department of [[tag:halvern-general-hospital|Halvern General Hospital]] waited longer last month than at any time since records began, with nearly one in five spending more than 12 hours there before being admitted, transferred or sent home, according to figures published by the West Coast Health Region.",
      },
      {
        type: "p",
        text: "The median wait rose to 6 hours and 40 minutes, up from 4 hours and 10 minutes a year earlier. The national target is for 90 percent of patients to be seen and discharged or admitted within four hours; Halvern General managed 41 percent.",
      },
      {
        type: "p",
        text: "[[src:0|“The emergency department is where every other problem in the hospital ends up,” said Dr Oona Pike, the hospital’s chief executive]]. She said about 120 of the hospital’s 900 beds were occupied by patients who were well enough to leave but had nowhere to go because of a shortage of places in care homes and home care.",
      },
      {
        type: "p",
        text: "[[src:1|Britt Amundsen, who represents nurses at the hospital for the Estmark Nurses’ Association, said staff were treating patients on trolleys in corridors as a matter of routine.]] “We used to call it corridor care as though it was an emergency measure. Now it is simply the department,” she said.",
      },
      {
        type: "p",
        text: "Health Minister [[tag:selma-aric|Selma Aric]] said in an emailed statement that she had ordered a review of hospital capacity on the west coast and would announce additional funding for care places in the spring. “These numbers are not acceptable and I do not accept them,” she said.",
      },
      {
        type: "p",
        text: "The figures cover a month before winter respiratory illnesses usually peak. Dr Pike said the hospital was preparing for a harder January than last year.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Dr Oona Pike, chief executive of Halvern General Hospital",
        headcount: 1,
        basisOfKnowledge: "runs the hospital; interviewed in her office",
        anonymityReason: "",
        privateIdentity: "Dr Oona Pike",
        privateContact: "via hospital communications 555-0700",
        approved: true,
      },
      {
        anonymous: false,
        publicDescription:
          "Britt Amundsen, Estmark Nurses’ Association representative at Halvern General",
        headcount: 1,
        basisOfKnowledge: "union representative for about 1,400 nurses at the hospital",
        anonymityReason: "",
        privateIdentity: "Britt Amundsen",
        privateContact: "555-0712",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Ministry of Health",
        channel: "EMAIL",
        sentHoursBeforePublish: 6,
        deadlineHoursAfterSent: 5,
        outcome: "RESPONDED",
        responseText:
          "These numbers are not acceptable and I do not accept them. I have ordered a review of hospital capacity on the west coast. — Selma Aric, Minister of Health",
      },
    ],
    related: [
      {
        kind: "external",
        outlet: "Estmark Broadcasting Corporation",
        url: "https://www.example.org/ebc/health/emergency-waits-national",
        headline: "Emergency waits rise in every health region",
        hoursAgo: 138,
        excerpt: "Halvern General recorded the longest waits of any large hospital in the country.",
      },
      { kind: "internal", storyKey: "health-hospital-blackout" },
    ],
  },

  {
    key: "health-hospital-blackout",
    slug: "halvern-general-postpones-operations-as-generator-fails",
    headline: "Halvern General postpones 37 operations as backup generator fails during blackout",
    summary:
      "Two intensive care patients were moved to another wing when one of the hospital’s generators stopped. The hospital says no patient was harmed.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 94,
    authors: ["leena"],
    tags: ["health", "halvern-general-hospital", "power-outages", "halvern"],
    body: [
      {
        type: "p",
        text: "[[tag:halvern-general-hospital|Halvern General Hospital]] postponed 37 planned operations and moved two intensive care patients to another wing after one of its backup generators failed during the city-wide blackout, the hospital said.",
      },
      {
        type: "p",
        text: "The hospital switched to its four diesel generators within seconds of the power cut, as designed. About 40 minutes later, one of them, which supplies the east wing, shut down because of what the hospital described as a fuel supply fault.",
      },
      {
        type: "p",
        text: "[[src:0|Lights in the east wing intensive care unit went out for about 90 seconds before battery systems took over]], according to a doctor working in the unit. [[src:0|The doctor said staff ventilated one patient by hand during that time and that the decision to move patients was taken because no one could say how long the batteries would last.]]",
      },
      {
        type: "p",
        text: "“Our systems worked as they are meant to. Patients on life support were never without power to their equipment, and no patient was harmed,” a hospital spokesman said by phone. He said the generator had been serviced in the summer and that engineers were investigating.",
      },
      {
        type: "p",
        text: "The West Coast Health Region said it would review backup power arrangements at all seven of its hospitals. Halvern General’s generators are due to be replaced as part of a 40 million-mark upgrade of the east wing, which has been delayed twice for lack of funding.",
      },
      {
        type: "p",
        text: "Emergency services continued to run normally, the hospital said, although ambulances were briefly diverted to Nordvik during the transfer.",
      },
      {
        type: "p",
        text: "The [[tag:power-outages|blackout]], caused by a fault at the Ostby substation, left 180,000 households without power. The hospital said postponed patients would be contacted to rebook within two weeks.",
      },
    ],
    sources: [
      {
        anonymous: true,
        publicDescription: "a doctor working in the intensive care unit",
        headcount: 1,
        basisOfKnowledge: "was on duty in the east wing unit when the generator failed",
        anonymityReason:
          "hospital staff are not authorised to speak to the media and the doctor fears disciplinary action",
        privateIdentity: "Consultant anaesthetist, Halvern General ICU",
        privateContact: "555-0721 (personal)",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Halvern General Hospital",
        channel: "PHONE",
        sentHoursBeforePublish: 1.5,
        outcome: "RESPONDED",
        responseText:
          "Patients on life support were never without power to their equipment, and no patient was harmed. Engineers are investigating the generator fault.",
      },
    ],
    related: [
      { kind: "internal", storyKey: "grid-blackout" },
      { kind: "internal", storyKey: "health-ed-waiting-times" },
    ],
  },

  {
    key: "health-nurse-rota",
    slug: "nurses-say-halvern-general-night-shifts-left-dangerously-short",
    headline: "Nurses say Halvern General night shifts are left dangerously short",
    summary:
      "Four nurses describe wards of 30 patients covered by a single registered nurse. The hospital has not yet responded.",
    dateline: "HALVERN, Estmark",
    status: "IN_REVIEW",
    hoursAgo: 10,
    authors: ["leena"],
    tags: ["health", "halvern-general-hospital", "labour"],
    body: [
      {
        type: "p",
        text: "Night shifts on medical wards at [[tag:halvern-general-hospital|Halvern General Hospital]] are regularly covered by a single registered nurse responsible for up to 30 patients, [[src:0|four nurses at the hospital said]], well above the ratio the hospital’s own guidelines describe as safe.",
      },
      {
        type: "p",
        text: "[[src:0|The nurses, who work on three different wards, said shortfalls were filled by healthcare assistants or by nurses moved from other wards mid-shift, and that they were told to record the shifts as fully staffed if the total number of staff on the ward met the target.]]",
      },
      {
        type: "p",
        text: "The hospital’s staffing guidelines, which this newspaper has seen, set a minimum of one registered nurse to eight patients on medical wards at night.",
      },
      {
        type: "p",
        text: "[[src:0|Three of the four nurses said they had filed incident reports about understaffed shifts and received no reply.]] One showed this newspaper a copy of a report describing a night on which a patient with sepsis waited more than two hours for antibiotics because the only registered nurse on the ward was dealing with a cardiac arrest.",
      },
      {
        type: "p",
        text: "“You walk the ward all night knowing that if two people go off at once, one of them will wait. You pray it is the right one,” [[src:0|one of the nurses said]].",
      },
      {
        type: "p",
        text: "Britt Amundsen of the Estmark Nurses’ Association said the union had raised staffing on night shifts with the hospital management three times this year. The hospital has been sent detailed questions.",
      },
      {
        type: "p",
        text: "The hospital has about 140 vacant nursing posts, according to figures it published in its annual report, and spends about 30 million marks a year on agency staff. The health minister, Selma Aric, has promised a national workforce plan but has not said when it will be published.",
      },
      {
        type: "p",
        text: "The accounts come after the hospital recorded its longest emergency department waits on record, which its chief executive attributed partly to patients who could not be discharged.",
      },
    ],
    sources: [
      {
        anonymous: true,
        publicDescription: "four nurses at Halvern General",
        headcount: 4,
        basisOfKnowledge: "work night shifts on three medical wards",
        anonymityReason:
          "they fear losing their jobs; the hospital’s media policy bars staff from speaking to reporters",
        privateIdentity: "Four registered nurses, wards 5B, 6A and 7C",
        privateContact: "Numbers in the health desk’s locked notes",
        approved: false,
      },
    ],
    commentRequests: [
      {
        organisation: "Halvern General Hospital",
        channel: "EMAIL",
        sentHoursBeforePublish: 4,
        deadlineHoursAfterSent: 24,
        outcome: "PENDING",
        mentionedAs: "the hospital",
      },
    ],
    related: [{ kind: "internal", storyKey: "health-ed-waiting-times" }],
  },

  {
    key: "health-measles-clinic",
    slug: "measles-cases-linked-to-saltmarket-school-prompt-vaccination-clinic",
    headline: "Measles cases linked to Saltmarket school prompt pop-up vaccination clinic",
    summary:
      "Seven children have confirmed infections. Health officials say vaccination rates at the school are well below the level needed to stop the spread.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 5,
    authors: ["leena"],
    tags: ["health", "halvern"],
    body: [
      {
        type: "p",
        text: "Health officials opened a pop-up vaccination clinic in Halvern’s Saltmarket district after seven children at a local primary school were confirmed to have measles, the first cluster in the city in four years.",
      },
      {
        type: "p",
        text: "Two of the children were treated in hospital and have since gone home, the West Coast Health Region said. Officials are contacting about 300 families whose children attend the school or a nursery that shares its building.",
      },
      {
        type: "p",
        text: "“Measles is one of the most contagious diseases we know. One case in an unvaccinated classroom becomes ten very quickly,” [[src:0|said Dr Kasimir Lund, the region’s chief medical officer]]. He said records showed that about 81 percent of pupils at the school had received both doses of the measles vaccine, compared with the 95 percent needed to prevent outbreaks.",
      },
      {
        type: "p",
        text: "The clinic, in the Saltmarket library, will run for a week and offer the vaccine to anyone who has not had two doses, including adults. No appointment is needed.",
      },
      {
        type: "p",
        text: "Measles spreads through the air and can cause pneumonia and, rarely, inflammation of the brain. Early symptoms include a high fever, a cough and red eyes, followed a few days later by a rash. Dr Lund asked parents whose children develop symptoms to telephone their doctor rather than turning up at a surgery or the emergency department.",
      },
      {
        type: "p",
        text: "The city’s education department said in an emailed statement that the school would stay open, on the advice of health officials, but that unvaccinated children who had been in contact with a confirmed case should stay at home for 21 days.",
      },
      {
        type: "p",
        text: "Measles vaccination rates across Halvern fell during the pandemic and have not fully recovered, according to the health region. Dr Lund said the clinic had vaccinated 46 people in its first three hours.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Dr Kasimir Lund, chief medical officer of the West Coast Health Region",
        headcount: 1,
        basisOfKnowledge: "leads the outbreak response; interviewed at the clinic",
        anonymityReason: "",
        privateIdentity: "Dr Kasimir Lund",
        privateContact: "555-0730",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Halvern education department",
        channel: "EMAIL",
        sentHoursBeforePublish: 3,
        deadlineHoursAfterSent: 2,
        outcome: "RESPONDED",
        responseText:
          "On the advice of health officials, the school will stay open. Unvaccinated children who have been in contact with a confirmed case should stay at home for 21 days.",
      },
    ],
    related: [
      {
        kind: "external",
        outlet: "Nordvik Radio",
        url: "https://radio.example.net/health/measles-what-parents-need-to-know",
        headline: "Measles: what parents need to know",
        hoursAgo: 3,
        excerpt: "Symptoms, vaccination and when to keep children at home.",
      },
    ],
  },

  {
    key: "courts-customs-officer-jailed",
    slug: "former-customs-officer-jailed-for-bribes-at-kvarn-point",
    headline: "Former customs officer jailed for four years over bribes to clear counterfeit goods",
    summary:
      "Halvern District Court found that Arne Lisberg took 310,000 marks to release containers of fake designer goods and car parts at Kvarn Point.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 180,
    authors: ["jonas"],
    tags: ["courts", "corruption", "port-and-shipping", "kvarn-point"],
    body: [
      {
        type: "p",
        text: "A former customs officer at Halvern’s [[tag:kvarn-point|Kvarn Point]] container terminal was jailed for four years for taking 310,000 marks in bribes to release containers of counterfeit goods without inspection.",
      },
      {
        type: "p",
        text: "Arne Lisberg, 52, was convicted by Halvern District Court of 14 counts of accepting bribes and one of breach of official duty. The court found that over two years he cleared at least 23 containers holding fake designer clothing, watches and car brake parts for an import company controlled by two brothers from Nordvik, who were convicted in a separate trial last year.",
      },
      {
        type: "p",
        text: "“The defendant was trusted to stand between the public and dangerous goods, and he sold that trust,” Judge Maren Tollefsen said in her ruling. She said the counterfeit brake parts, some of which were fitted to vehicles before they were traced, had put lives at risk.",
      },
      {
        type: "p",
        text: "Lisberg admitted receiving money from the brothers but told the court he believed it was payment for advice on customs paperwork. The court rejected that account, citing messages in which he was told which containers to look out for.",
      },
      {
        type: "p",
        text: "His lawyer, Jakob Renner, said his client would consider an appeal. Renner told the court during the trial that controls at the Kvarn Point customs post were “so weak they were an invitation”, and that his client had been made a scapegoat for a system that did not work.",
      },
      {
        type: "p",
        text: "The Estmark Customs Service said in an emailed statement that it had “strengthened supervision and rotation of staff” at the post since Lisberg’s arrest. It did not say how many officers currently work there.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Halvern District Court ruling",
        headcount: 1,
        basisOfKnowledge: "written judgment and sentencing remarks",
        anonymityReason: "",
        privateIdentity: "Court records, case number on file",
        privateContact: "court press officer 555-0800",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Estmark Customs Service",
        channel: "EMAIL",
        sentHoursBeforePublish: 5,
        deadlineHoursAfterSent: 4,
        outcome: "RESPONDED",
        responseText:
          "We have strengthened supervision and rotation of staff at the Kvarn Point post since the officer’s arrest.",
      },
    ],
    related: [
      {
        kind: "external",
        outlet: "The Halvern Ledger",
        url: "https://www.example.com/ledger/courts/lisberg-trial-day-one",
        headline: "Customs officer tells court cash was for ‘advice’",
        hoursAgo: 220,
        excerpt: "Lisberg said he had never opened the containers and never knew what was in them.",
      },
    ],
  },

  {
    key: "courts-vessel-street-injunction",
    slug: "court-halts-vessel-street-evictions",
    headline: "Court halts Vessel Street evictions until owner guarantees alternative homes",
    summary:
      "Halvern District Court granted tenants a temporary injunction, saying the owner must show residents have somewhere to go before the tower is emptied.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 44,
    authors: ["jonas", "reporter"],
    tags: ["courts", "housing", "old-harbour"],
    body: [
      {
        type: "p",
        text: "Halvern District Court temporarily blocked the eviction of residents from the Vessel Street tower in the [[tag:old-harbour|Old Harbour]], ruling that the building’s owner must show that every household has somewhere safe to live before the flats can be emptied.",
      },
      {
        type: "p",
        text: "The injunction was sought by the Old Harbour Tenants’ Association on behalf of 64 households after fire inspectors found combustible cladding on the 16-storey building and the council ordered it to be vacated within 14 days.",
      },
      {
        type: "p",
        text: "Judge Henrik Aalto said the court did not dispute the fire risk. “Nobody asks this court to keep people in a dangerous building. They ask it not to put them on the street,” he said. He ordered the owner, Kestrel Residential, and the council to present a joint plan for temporary housing within ten days, and ordered fire wardens to patrol the building around the clock in the meantime.",
      },
      {
        type: "p",
        text: "[[src:0|“This is the first time in months that anyone has treated us as people rather than a problem,” said Amira Dalen, who has lived in the tower for 19 years]] and was in court for the ruling.",
      },
      {
        type: "p",
        text: "A lawyer for Kestrel Residential told the court the company was “committed to the safety of residents” and had offered relocation payments. Kestrel Residential declined to comment after the ruling.",
      },
      {
        type: "p",
        text: "The council said it would comply with the order.",
      },
      {
        type: "p",
        text: "Outside the courthouse, several dozen residents and supporters cheered as the ruling was announced. The tenants’ lawyer, Ida Brekke, said the case could set a precedent for other buildings with similar cladding. The council has identified at least nine other residential blocks in the city that need further inspection. A full hearing in the Vessel Street case is expected within six weeks.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Amira Dalen, a resident of 40 Vessel Street",
        headcount: 1,
        basisOfKnowledge: "party to the case; interviewed outside court",
        anonymityReason: "",
        privateIdentity: "Amira Dalen",
        privateContact: "555-0119",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Kestrel Residential",
        channel: "EMAIL",
        sentHoursBeforePublish: 2,
        outcome: "DECLINED",
      },
    ],
    related: [
      { kind: "internal", storyKey: "housing-vessel-street-evacuation" },
      { kind: "internal", storyKey: "housing-rent-cap-pilot" },
    ],
  },

  {
    key: "courts-crane-collapse-trial",
    slug: "trial-opens-over-fatal-crane-collapse-at-kvarn-point",
    headline: "Trial opens over fatal crane collapse at Kvarn Point",
    summary:
      "Ostra Terminals and two managers deny gross negligence over the death of crane operator Emil Sund two years ago.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 4,
    authors: ["jonas"],
    tags: ["courts", "labour", "kvarn-point", "port-and-shipping", "harbour-workers-union"],
    body: [
      {
        type: "p",
        text: "The operator of Halvern’s [[tag:kvarn-point|Kvarn Point]] container terminal and two of its managers went on trial accused of gross negligence over the collapse of a ship-to-shore crane that killed a crane operator two years ago.",
      },
      {
        type: "p",
        text: "Emil Sund, 34, died when the boom of the crane he was operating buckled and fell onto the deck of a container ship during a storm. Prosecutors say Ostra Terminals continued to operate the crane despite a structural inspection that had found fatigue cracks in the boom three months earlier, and that the two managers, a maintenance chief and a shift manager, overrode a wind-speed alarm on the night of the collapse.",
      },
      {
        type: "p",
        text: "“This was not an accident of nature. It was a series of choices, each of which put the schedule ahead of a man’s life,” [[src:0|prosecutor Liv Harkness told the court in her opening statement]].",
      },
      {
        type: "p",
        text: "Ostra Terminals and both managers deny the charges. Speaking outside the courthouse, the company’s lawyer, Mikkel Straand, said the cracks had been assessed by engineers as “not safety-critical” and that the wind alarm had been faulty. “Ostra grieves for Emil Sund. But grief is not guilt, and we will show that,” he said.",
      },
      {
        type: "p",
        text: "Sund’s widow, Lena, and members of the [[tag:harbour-workers-union|dockworkers’ union]] filled the public gallery. The union has said the case shows why it wants a say over automation at the terminal, where its members are currently on strike.",
      },
      {
        type: "p",
        text: "If convicted, the company faces an unlimited fine and the managers up to six years in prison. The trial is expected to last three weeks.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Liv Harkness, public prosecutor",
        headcount: 1,
        basisOfKnowledge: "opening statement in court",
        anonymityReason: "",
        privateIdentity: "Liv Harkness, Halvern public prosecutor’s office",
        privateContact: "prosecution press office 555-0810",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Ostra Terminals",
        channel: "IN_PERSON",
        sentHoursBeforePublish: 1,
        outcome: "RESPONDED",
        responseText:
          "Ostra grieves for Emil Sund. But grief is not guilt, and we will show that. — Mikkel Straand, lawyer for Ostra Terminals, outside court",
      },
    ],
    related: [
      { kind: "internal", storyKey: "port-strike-begins" },
      {
        kind: "external",
        outlet: "Harbour & Freight Weekly",
        url: "https://www.example.org/hfw/safety/crane-fatigue-cracks",
        headline: "Fatigue cracks: the hidden risk in ageing quay cranes",
        hoursAgo: 3,
        excerpt:
          "An industry survey found one in six cranes over 20 years old had unrepaired cracks.",
      },
    ],
  },

  {
    key: "courts-school-fire-teen",
    slug: "teenager-charged-over-saltmarket-school-fire",
    headline: "Teenager charged over Saltmarket school fire",
    summary:
      "A 16-year-old appeared in court charged with arson. This story was withdrawn after the court imposed reporting restrictions.",
    dateline: "HALVERN, Estmark",
    status: "UNPUBLISHED",
    hoursAgo: 130,
    authors: ["jonas"],
    tags: ["courts", "halvern"],
    body: [
      {
        type: "p",
        text: "A 16-year-old boy appeared at Halvern District Court charged with arson after a fire that destroyed the gymnasium of a Saltmarket secondary school during the autumn holiday.",
      },
      {
        type: "p",
        text: "No one was hurt in the fire, which firefighters took four hours to bring under control. The school has since been teaching physical education in a nearby church hall, and the city has estimated the cost of rebuilding the gymnasium at 14 million marks.",
      },
      {
        type: "p",
        text: "The fire started shortly before midnight in a storage room next to the gymnasium, according to the fire service. Neighbours called emergency services after seeing flames through the roof, and about 40 firefighters with six engines were sent. Residents of two neighbouring streets were briefly moved from their homes because of smoke.",
      },
      {
        type: "p",
        text: "The boy, who cannot be named because of his age, spoke only to confirm his date of birth. He did not enter a plea. Prosecutors said they would ask for him to be held in a secure youth facility until trial.",
      },
      {
        type: "p",
        text: "His lawyer told the court the boy had no previous convictions and lived with his mother, who was in the public gallery. She asked for him to be released to her care under conditions, including a curfew. The judge said she would rule on custody at the next hearing and remanded him to a youth facility in the meantime.",
      },
      {
        type: "p",
        text: "Halvern police said in a statement that a second teenager questioned over the fire had been released without charge. “We understand the anger in the community, and we ask people not to speculate about those involved online,” the statement said.",
      },
      {
        type: "p",
        text: "The case was adjourned for two weeks.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Halvern police",
        headcount: 1,
        basisOfKnowledge: "written statement",
        anonymityReason: "",
        privateIdentity: "Police press office",
        privateContact: "555-0820",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Halvern police",
        channel: "PHONE",
        sentHoursBeforePublish: 2,
        outcome: "RESPONDED",
        responseText:
          "A second teenager questioned over the fire has been released without charge. We ask people not to speculate about those involved online.",
      },
    ],
    related: [],
  },

  {
    key: "football-athletic-loss",
    slug: "halvern-athletic-posts-loss-auditors-warn-going-concern",
    headline:
      "Halvern Athletic posts 14 million-mark loss as auditors raise doubts over its future",
    summary:
      "The club’s accounts include a “material uncertainty” warning. Chairman Teodor Brandt says he will keep funding it “for as long as it takes”.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 210,
    authors: ["henrik"],
    tags: ["football", "halvern-athletic", "teodor-brandt", "halvern"],
    body: [
      {
        type: "p",
        text: "[[tag:halvern-athletic|Halvern Athletic]] reported a loss of 14.2 million marks for last season, its third loss in a row, and its auditors warned of a “material uncertainty” over whether the club could continue as a going concern.",
      },
      {
        type: "p",
        text: "The accounts, filed with the companies registry, show revenue fell 9 percent to 61 million marks after the club finished eleventh and went out of the cup in the first round. Wages rose to 52 million marks, or 85 percent of revenue, well above the 70 percent that league financial rules recommend.",
      },
      {
        type: "p",
        text: "[[src:0|The auditors, Kaldbeck & Partners, said the club’s ability to meet its obligations over the next year depended on continued financial support from its chairman and majority shareholder]], [[tag:teodor-brandt|Teodor Brandt]], and on the sale of players.",
      },
      {
        type: "p",
        text: "Brandt, a shipping entrepreneur who bought the club seven years ago, said in a statement that he had “no intention of walking away”. “I have funded this club through good seasons and bad, and I will fund it for as long as it takes to put it back where it belongs,” he said.",
      },
      {
        type: "p",
        text: "The club’s debts rose to 38 million marks, of which 24 million is owed to companies controlled by Brandt. The accounts show the club also owes 3.1 million marks to other clubs in unpaid transfer instalments.",
      },
      {
        type: "p",
        text: "The Athletic Supporters’ Trust, which owns 2 percent of the club’s shares, said it was alarmed by the auditors’ warning and asked for a meeting with the board. “We do not doubt the chairman’s commitment. We doubt that commitment is a business plan,” the trust’s chair, Sanna Holm, said.",
      },
    ],
    sources: [
      {
        anonymous: false,
        publicDescription: "Halvern Athletic’s annual accounts",
        headcount: 1,
        basisOfKnowledge: "filed with the companies registry, including the auditors’ report",
        anonymityReason: "",
        privateIdentity: "Companies registry filing",
        privateContact: "n/a",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Halvern Athletic",
        channel: "EMAIL",
        sentHoursBeforePublish: 6,
        deadlineHoursAfterSent: 4,
        outcome: "RESPONDED",
        responseText:
          "I have funded this club through good seasons and bad, and I will fund it for as long as it takes to put it back where it belongs. — Teodor Brandt, chairman",
      },
    ],
    related: [
      {
        kind: "external",
        outlet: "Pitchside Estmark",
        url: "https://pitchside.example.net/clubs/halvern-athletic-accounts-analysis",
        headline: "Athletic’s accounts, line by line",
        hoursAgo: 200,
        excerpt:
          "The wage bill is the highest outside the top three, for a team that finished eleventh.",
      },
    ],
    corrections: [
      {
        kind: "CORRECTION",
        text: "An earlier version of this story said the supporters’ trust owns 5 percent of the club. It owns 2 percent.",
        hoursAfterPublish: 20,
      },
    ],
  },

  {
    key: "football-wages-late",
    slug: "halvern-athletic-players-paid-late",
    headline: "Halvern Athletic players paid late for second month running",
    summary:
      "Players received their salaries nine days late, three squad members said. The players’ union has lodged a complaint with the league.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 80,
    authors: ["samir"],
    tags: ["football", "halvern-athletic", "teodor-brandt"],
    body: [
      {
        type: "p",
        text: "[[tag:halvern-athletic|Halvern Athletic]]’s first-team players were paid their monthly salaries nine days late, the second month in a row that wages have been delayed, [[src:0|according to three players in the first-team squad]].",
      },
      {
        type: "p",
        text: "[[src:0|The players said they were told by the club secretary that the delay was caused by “a banking issue” and that it would not happen again]], an explanation they also received the previous month. [[src:0|One said several younger players on lower salaries had borrowed money from teammates to pay their rent.]]",
      },
      {
        type: "p",
        text: "The Estmark Players’ Association confirmed it had lodged a formal complaint with the Estmark Football League on behalf of the squad. “Players have a right to be paid on time. When that does not happen twice, it is not a banking issue,” [[src:1|said Tor Eriksen, the association’s general secretary]].",
      },
      {
        type: "p",
        text: "Under league rules, clubs that fail to pay wages within 30 days can be barred from registering new players. Repeated breaches can lead to points deductions.",
      },
      {
        type: "p",
        text: "The delays have also hit staff outside the first team. [[src:0|The players said coaches at the club’s academy and some office staff had been paid late as well]], and a supplier of match-day catering said it had not been paid for two months. The catering company’s owner said he had been told the money would come “after the next transfer window”.",
      },
      {
        type: "p",
        text: "Halvern Athletic declined to comment. The Estmark Football League did not immediately respond to requests for comment.",
      },
      {
        type: "p",
        text: "The delays follow the club’s annual accounts, in which auditors raised doubts about its ability to continue without support from its chairman, [[tag:teodor-brandt|Teodor Brandt]], whose companies have lent it 24 million marks.",
      },
    ],
    sources: [
      {
        anonymous: true,
        publicDescription: "three players in the first-team squad",
        headcount: 3,
        basisOfKnowledge: "received the delayed salaries and the club’s explanations",
        anonymityReason: "they fear being dropped or frozen out by the club for speaking publicly",
        privateIdentity: "Three first-team players (names in the sports desk’s locked file)",
        privateContact: "Via their agents; see locked file",
        approved: true,
      },
      {
        anonymous: false,
        publicDescription: "Tor Eriksen, general secretary of the Estmark Players’ Association",
        headcount: 1,
        basisOfKnowledge: "filed the complaint on the players’ behalf",
        anonymityReason: "",
        privateIdentity: "Tor Eriksen",
        privateContact: "555-0900",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Halvern Athletic",
        channel: "OTHER",
        sentHoursBeforePublish: 7,
        deadlineHoursAfterSent: 5,
        outcome: "DECLINED",
      },
      {
        organisation: "Estmark Football League",
        channel: "PHONE",
        sentHoursBeforePublish: 4,
        deadlineHoursAfterSent: 3,
        outcome: "NO_RESPONSE",
      },
    ],
    related: [
      { kind: "internal", storyKey: "football-athletic-loss" },
      {
        kind: "external",
        outlet: "Pitchside Estmark",
        url: "https://pitchside.example.net/news/league-wage-rules-explained",
        headline: "What happens when a club cannot pay its players?",
        hoursAgo: 70,
        excerpt: "From transfer embargoes to points deductions, the league’s sanctions explained.",
      },
    ],
  },

  {
    key: "football-takeover-bid",
    slug: "saltmarket-partners-bid-for-halvern-athletic",
    headline: "Local consortium makes takeover bid for Halvern Athletic",
    summary:
      "Saltmarket Partners, led by former player Fredrik Aune, has offered to buy Teodor Brandt’s majority stake and take on the club’s debts.",
    dateline: "HALVERN, Estmark",
    status: "PUBLISHED",
    hoursAgo: 0.1,
    authors: ["samir"],
    tags: ["football", "halvern-athletic", "teodor-brandt"],
    body: [
      {
        type: "p",
        text: "A consortium of Halvern business people led by former captain Fredrik Aune has made an offer to buy [[tag:teodor-brandt|Teodor Brandt]]’s majority stake in [[tag:halvern-athletic|Halvern Athletic]] and take over the club’s debts, the group said in a statement.",
      },
      {
        type: "p",
        text: "Saltmarket Partners did not disclose the value of its offer. [[src:0|It values the club, including debts, at about 45 million marks, according to a person close to the consortium]], who said the group had secured financing from two regional banks and a group of local investors.",
      },
      {
        type: "p",
        text: "[[src:0|The person said the consortium planned to convert about half of the debt owed to Brandt’s companies into shares, leaving him with a minority stake]], and to invest 10 million marks in the club’s academy and in repairs to the main stand at Brenning Park, which has been partly closed since a safety inspection last season.",
      },
      {
        type: "p",
        text: "“This club belongs to this city. We want to give it a board that lives here and a plan that does not depend on one man’s bank account,” Aune, who played 311 games for Athletic, said in the statement.",
      },
      {
        type: "p",
        text: "The consortium includes the owners of a Halvern shipping agency, a supermarket chain and a property company, according to its statement, as well as the Athletic Supporters’ Trust, which would be offered a seat on the board. The trust said it had been consulted on the bid and would put it to a vote of its members.",
      },
      {
        type: "p",
        text: "Halvern Athletic did not immediately respond to requests for comment. Brandt has said he has no intention of walking away from the club, which lost 14.2 million marks last season and has paid its players late two months in a row.",
      },
      { type: "p", text: "_Reporting by Samir Haddad; editing by Ingrid Solvang._" },
    ],
    sources: [
      {
        anonymous: true,
        publicDescription: "a person close to the consortium",
        headcount: 1,
        basisOfKnowledge: "involved in arranging the consortium’s financing",
        anonymityReason:
          "the terms of the offer are confidential and the person is not authorised to disclose them",
        privateIdentity: "Corporate finance adviser to Saltmarket Partners",
        privateContact: "555-0911",
        approved: true,
      },
      {
        anonymous: false,
        publicDescription: "Saltmarket Partners",
        headcount: 1,
        basisOfKnowledge: "statement announcing the offer",
        anonymityReason: "",
        privateIdentity: "Consortium press contact",
        privateContact: "press@saltmarketpartners.example.test",
        approved: true,
      },
    ],
    commentRequests: [
      {
        organisation: "Halvern Athletic",
        channel: "PHONE",
        sentHoursBeforePublish: 0.4,
        deadlineHoursAfterSent: 0.3,
        outcome: "NO_RESPONSE",
      },
      {
        organisation: "Teodor Brandt",
        channel: "EMAIL",
        sentHoursBeforePublish: 0.4,
        deadlineHoursAfterSent: 6,
        outcome: "PENDING",
      },
    ],
    related: [
      { kind: "internal", storyKey: "football-wages-late" },
      { kind: "internal", storyKey: "football-athletic-loss" },
      {
        kind: "external",
        outlet: "Pitchside Estmark",
        url: "https://pitchside.example.net/news/aune-consortium-bid",
        headline: "Aune leads bid to buy Athletic",
        hoursAgo: 0.07,
        excerpt: "The former captain says the consortium is ready to move quickly.",
      },
    ],
  },

  {
    key: "football-stadium-leaseback",
    slug: "halvern-athletic-explores-brenning-park-sale-and-leaseback",
    headline: "Halvern Athletic explores selling Brenning Park and leasing it back",
    summary:
      "The club has approached at least two investors about a sale-and-leaseback of its stadium, people familiar with the talks said.",
    dateline: "HALVERN, Estmark",
    status: "DRAFT",
    hoursAgo: 30,
    authors: ["samir"],
    tags: ["football", "halvern-athletic", "teodor-brandt"],
    body: [
      {
        type: "p",
        text: "[[tag:halvern-athletic|Halvern Athletic]] has approached at least two property investors about selling its Brenning Park stadium and leasing it back, [[src:0|according to two people familiar with the talks]], in a move that could raise money quickly but leave the club paying rent on the ground it has owned for more than a century.",
      },
      {
        type: "p",
        text: "[[src:0|The people said the club was seeking about 30 million marks for the stadium and a 25-year lease with an option to buy it back.]] One of the investors is a pension fund that owns shopping centres in Aldsberg and Nordvik, the people said.",
      },
      {
        type: "p",
        text: "A sale would need the approval of the league, whose rules require clubs to show they have secure use of a stadium for at least ten years.",
      },
      {
        type: "p",
        text: "Sale-and-leaseback deals have been used by several clubs abroad to raise money quickly, with mixed results. In the best-known cases, clubs that fell behind on rent lost their grounds altogether, and at least one was forced to play its home games in another town for several seasons.",
      },
      {
        type: "p",
        text: "Supporters have long worried about the future of the ground, which sits on valuable land near the Old Harbour. The Athletic Supporters’ Trust has asked the council to list Brenning Park as an asset of community value, which would give fans a right to bid if it is sold. The trust’s chair, Sanna Holm, has said supporters would rather own a share of a club that rents its ground than watch the ground be sold to the highest bidder.",
      },
      {
        type: "p",
        text: "Halvern Athletic and Teodor Brandt, its chairman, have been asked for comment. (Check with Sanna Holm at the trust before filing.)",
      },
    ],
    sources: [
      {
        anonymous: true,
        publicDescription: "two people familiar with the talks",
        headcount: 2,
        basisOfKnowledge: "have been briefed on the approaches to investors",
        anonymityReason: "the talks are private and commercially sensitive",
        privateIdentity: "A club board member and an adviser to one of the investors",
        privateContact: "555-0921; 555-0922",
        approved: false,
      },
    ],
    commentRequests: [
      {
        organisation: "Halvern Athletic",
        channel: "EMAIL",
        sentHoursBeforePublish: 2,
        deadlineHoursAfterSent: 24,
        outcome: "PENDING",
      },
    ],
    related: [{ kind: "internal", storyKey: "football-athletic-loss" }],
  },
];
