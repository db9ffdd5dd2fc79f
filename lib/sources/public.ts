// The fields of a source that a reader may see: how the story describes them, never who they are
// or how to reach them (privateIdentity and privateContact stay in the newsroom).
export const publicSourceSelect = {
  id: true,
  anonymous: true,
  publicDescription: true,
  headcount: true,
  basisOfKnowledge: true,
  anonymityReason: true,
} as const;
