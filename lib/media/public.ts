// The fields of a picture that readers may see. Never the original's name, hash or type, the
// uploader, or the rights note: those stay in the newsroom.
export const publicImageSelect = {
  key: true,
  cropKey: true,
  width: true,
  height: true,
  alt: true,
  caption: true,
  credit: true,
  copyright: true,
} as const;

export interface PublicImage {
  key: string;
  cropKey: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  copyright?: string;
}
