import type { SeedTag } from "./types";

export const tags: SeedTag[] = [
  // Topics
  {
    slug: "port-and-shipping",
    name: "Port and shipping",
    kind: "TOPIC",
    description: "Cargo, ferries, terminals and the business of the Halvern waterfront.",
    aliases: ["shipping", "harbour", "port"],
  },
  {
    slug: "labour",
    name: "Labour",
    kind: "TOPIC",
    description: "Unions, strikes, wages and working conditions.",
    aliases: ["strikes", "unions"],
  },
  {
    slug: "housing",
    name: "Housing",
    kind: "TOPIC",
    description: "Rents, evictions, social housing and what gets built where in Halvern.",
    aliases: ["rents", "tenants"],
  },
  {
    slug: "public-finances",
    name: "Public finances",
    kind: "TOPIC",
    description: "City and national budgets, taxes and public spending.",
    aliases: ["budget"],
  },
  {
    slug: "corruption",
    name: "Corruption",
    kind: "TOPIC",
    description: "Bribery, conflicts of interest and the inquiries that follow them.",
    aliases: ["graft", "integrity"],
  },
  {
    slug: "energy",
    name: "Energy",
    kind: "TOPIC",
    description: "Electricity generation, prices and Estmark’s move to offshore wind.",
  },
  {
    slug: "power-outages",
    name: "Power outages",
    kind: "TOPIC",
    description: "Blackouts, grid faults and how the lights come back on.",
    aliases: ["blackout", "outage"],
  },
  {
    slug: "health",
    name: "Health",
    kind: "TOPIC",
    description: "Hospitals, waiting times, public health and the people who staff them.",
    aliases: ["healthcare", "hospitals"],
  },
  {
    slug: "courts",
    name: "Courts",
    kind: "TOPIC",
    description: "Trials, rulings and appeals from Halvern District Court and beyond.",
    aliases: ["justice", "trials"],
  },
  {
    slug: "football",
    name: "Football",
    kind: "TOPIC",
    description: "The game on and off the pitch, with an eye on club finances.",
  },
  {
    slug: "weather",
    name: "Weather",
    kind: "TOPIC",
    description: "Forecasts, warnings and storms along the west coast.",
    aliases: ["storms"],
  },
  {
    slug: "floods",
    name: "Floods",
    kind: "TOPIC",
    description: "River and coastal flooding, evacuations and flood defences.",
    aliases: ["flooding"],
  },
  {
    slug: "data-privacy",
    name: "Data privacy",
    kind: "TOPIC",
    description: "Data breaches, surveillance and how organisations handle personal data.",
    aliases: ["data breach", "cybersecurity"],
  },
  {
    slug: "technology",
    name: "Technology",
    kind: "TOPIC",
    description: "Software, apps and the companies that run the city’s digital services.",
  },
  {
    slug: "culture",
    name: "Culture",
    kind: "TOPIC",
    description: "Museums, film, music and the institutions that pay for them.",
    aliases: ["arts"],
  },

  // People
  {
    slug: "mira-castell",
    name: "Mira Castell",
    kind: "PERSON",
    description: "Director of the Halvern Port Authority since its reorganisation.",
  },
  {
    slug: "dag-ekholm",
    name: "Dag Ekholm",
    kind: "PERSON",
    description: "Chair of the Halvern branch of the Harbour and Transport Workers’ Union.",
  },
  {
    slug: "anneli-drost",
    name: "Anneli Drost",
    kind: "PERSON",
    description: "Mayor of Halvern and leader of the Civic Alliance group on the city council.",
  },
  {
    slug: "viktor-haldane",
    name: "Viktor Haldane",
    kind: "PERSON",
    description:
      "Halvern’s deputy mayor for planning, on leave during the harbour-front land inquiry.",
  },
  {
    slug: "elin-vastergaard",
    name: "Elin Vastergaard",
    kind: "PERSON",
    description: "Chief commissioner of Estmark’s Public Integrity Commission.",
    aliases: ["Elin Västergaard"],
  },
  {
    slug: "selma-aric",
    name: "Selma Aric",
    kind: "PERSON",
    description: "Estmark’s minister of health.",
  },
  {
    slug: "teodor-brandt",
    name: "Teodor Brandt",
    kind: "PERSON",
    description: "Chairman and majority shareholder of Halvern Athletic.",
  },

  // Organisations
  {
    slug: "halvern-port-authority",
    name: "Halvern Port Authority",
    kind: "ORGANISATION",
    description: "The publicly owned body that runs Halvern’s harbour, pilots and port land.",
    aliases: ["HPA"],
  },
  {
    slug: "harbour-workers-union",
    name: "Harbour and Transport Workers’ Union",
    kind: "ORGANISATION",
    description: "The union representing most dockworkers, crane operators and lashers in Estmark.",
    aliases: ["HTWU", "dockworkers union"],
  },
  {
    slug: "halvern-city-council",
    name: "Halvern City Council",
    kind: "ORGANISATION",
    description: "The 51-seat council that governs the city of Halvern.",
    aliases: ["city hall"],
  },
  {
    slug: "public-integrity-commission",
    name: "Public Integrity Commission",
    kind: "ORGANISATION",
    description:
      "Estmark’s independent anti-corruption body, with powers to compel witnesses and documents.",
    aliases: ["PIC", "integrity commission"],
  },
  {
    slug: "brennmoor-holdings",
    name: "Brennmoor Holdings",
    kind: "ORGANISATION",
    description:
      "A property developer that bought three council plots on the Old Harbour waterfront.",
  },
  {
    slug: "estnet",
    name: "Estnet",
    kind: "ORGANISATION",
    description: "The state-owned operator of Estmark’s high-voltage electricity grid.",
  },
  {
    slug: "halvern-general-hospital",
    name: "Halvern General Hospital",
    kind: "ORGANISATION",
    description: "The largest hospital on the west coast, run by the West Coast Health Region.",
  },
  {
    slug: "halvern-athletic",
    name: "Halvern Athletic",
    kind: "ORGANISATION",
    description: "The city’s top-flight football club, based at Brenning Park.",
    aliases: ["Athletic", "HAFC"],
  },
  {
    slug: "tessaline-systems",
    name: "Tessaline Systems",
    kind: "ORGANISATION",
    description:
      "The software company that runs the city’s ParkHalvern parking app under contract.",
  },
  {
    slug: "data-protection-authority",
    name: "Data Protection Authority",
    kind: "ORGANISATION",
    description: "Estmark’s regulator for personal data and privacy.",
    aliases: ["DPA"],
  },

  // Places
  {
    slug: "halvern",
    name: "Halvern",
    kind: "PLACE",
    description: "Estmark’s second city and largest port, on the west coast.",
  },
  {
    slug: "old-harbour",
    name: "Old Harbour",
    kind: "PLACE",
    description: "Halvern’s historic waterfront district, now at the centre of its housing fights.",
  },
  {
    slug: "kvarn-point",
    name: "Kvarn Point",
    kind: "PLACE",
    description: "The peninsula north of the city that holds Halvern’s container terminal.",
  },
  {
    slug: "kessel-valley",
    name: "Kessel valley",
    kind: "PLACE",
    description: "The river valley inland from Halvern, prone to winter flooding.",
  },
  {
    slug: "brask",
    name: "Brask",
    kind: "PLACE",
    description: "A market town of 22,000 on the River Kessel, 40 km upstream from Halvern.",
  },
  {
    slug: "aldsberg",
    name: "Aldsberg",
    kind: "PLACE",
    description: "Estmark’s capital and seat of government.",
  },
];
