import { InputError } from "@/lib/shared/errors";

/** An upload refused with a message the uploader can act on; nothing was stored. */
export class MediaInputError extends InputError {
  constructor(message: string) {
    super(message, { file: [message] });
  }
}
