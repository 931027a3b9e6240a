export { Catalog } from './catalog.ts';
export { catalogJson } from './catalog-json.ts';
export { Curation, SpeakerCorrection, TalkCorrection } from './curation.ts';
export { Diagnostic, Severity } from './diagnostic.ts';
export { Event } from './event.ts';
export { Mention, SpeakerMention, TalkMention } from './mention.ts';
export {
  Author,
  FrontMatterFormat,
  Heading,
  IsoDate,
  LinkKind,
  Post,
  PostLink,
  PostSource,
} from './post.ts';
export { Origin, Provenance } from './provenance.ts';
export { Handles, Speaker } from './speaker.ts';
export { Talk, TalkKind, TalkLink } from './talk.ts';
