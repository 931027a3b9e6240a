export {
  type ExtractedPerson,
  type ExtractedTalk,
  extractPost,
  type PostExtraction,
} from './extract-post.ts';
export { isPersonName, readNameList } from './names.ts';
export { normalize, sameName, titleSimilarity } from './similarity.ts';
export { classifyUrl } from './url-kind.ts';
