import type { SeedStory } from "./types";
import { cityStories } from "./stories-city";
import { portStories } from "./stories-port";
import { energyStories } from "./stories-energy";
import { publicStories } from "./stories-public";

// All demo stories, grouped by desk in the files above. Order is not significant:
// the seed uses `hoursAgo` for timestamps and `key` for related links.
export const stories: SeedStory[] = [
  ...cityStories,
  ...portStories,
  ...energyStories,
  ...publicStories,
];
