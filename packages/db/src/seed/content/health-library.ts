import { discectomy } from "./articles/discectomy";
import { epiduralSteroidInjections } from "./articles/epidural-steroid-injections";
import { massageTherapy } from "./articles/massage-therapy";
import { nerveBlocksAndFacetJointInjections } from "./articles/nerve-blocks-and-facet-joint-injections";
import { physicalTherapy } from "./articles/physical-therapy";
import { thoracicSpineAnatomy } from "./articles/thoracic-spine-anatomy";
import { upperBackPain } from "./articles/upper-back-pain";
import { vertebroplastyAndKyphoplasty } from "./articles/vertebroplasty-and-kyphoplasty";
import { type DemoArticle } from "./types";

/**
 * The health library's published articles, written from the facts of the clinic's source text but
 * corrected and reworded. Bodies start at "##": the page renders the title as the h1 and adds the
 * "educational, not medical advice" disclaimer itself.
 */
export const DEMO_ARTICLES: DemoArticle[] = [
  upperBackPain,
  thoracicSpineAnatomy,
  epiduralSteroidInjections,
  nerveBlocksAndFacetJointInjections,
  discectomy,
  vertebroplastyAndKyphoplasty,
  physicalTherapy,
  massageTherapy,
];
