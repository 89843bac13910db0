/** Components editors may use in MDX without importing them, and what replaces plain Markdown links. */
import ContentLink from './ContentLink.astro';
import Term from './Term.astro';
import Fill from './Fill.astro';
import LineBreak from './LineBreak.astro';
import RegionName from './RegionName.astro';
import TableScroll from './TableScroll.astro';
import RoleBox from './RoleBox.astro';
import TemplateLink from './TemplateLink.astro';
import Choices from './Choices.astro';
import WriteLine from './WriteLine.astro';
import WriteLines from './WriteLines.astro';
import Signature from './Signature.astro';

export const mdxComponents = {
  Term,
  Fill,
  RegionName,
  RoleBox,
  TemplateLink,
  Choices,
  WriteLine,
  WriteLines,
  Signature,
  a: ContentLink,
  br: LineBreak,
  table: TableScroll,
};
