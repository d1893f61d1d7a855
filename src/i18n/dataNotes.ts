import type { CaseCheck } from '../derive/budgets';
import type { Lang } from './format';
import { formatKr } from './format';

/** A sentence about one case check, saying plainly whether the case's own figures agree. */
export function checkSentence(c: CaseCheck, lang: Lang): string {
  const kr = (n: number) => formatKr(n, lang);
  const da = lang === 'da';
  switch (c.id) {
    case 'pulje_sum':
      return da
        ? `Sagen siger, at København kan søge ${kr(c.stated)} af puljen, "hvilket svarer til det ansøgte beløb jf. bilag 10-15". De to indsatser, der søges finansieret ifm. initiativaftalerne (NV arbejdsmarked og SV profilinstitutioner, bilag 4 og 5), summerer til ${kr(c.computed)}. Sagen siger ikke, at puljebeløbet er netop de to indsatser; kun hvis man læser det sådan (kortets læsning, ikke sagens), er der en forskel på ${kr(c.computed - c.stated)}.`
        : `The case says Copenhagen can apply for ${kr(c.stated)} of the pool, "which equals the amount applied for, cf. appendices 10-15". The two initiatives to be financed through the initiative agreements (NW labour market and SW profile institutions, appendices 4 and 5) add up to ${kr(c.computed)}. The case does not say that the pool amount is exactly those two initiatives; only on that reading (the map's, not the case's) is there a difference of ${kr(c.computed - c.stated)}.`;
    case 'tv_sum':
      return da
        ? `Sagen angiver de samlede udgifter til TV-overvågning til ${kr(c.stated)}, men de tre steders beløb summerer til ${kr(c.computed)} (dobbelt op, hvis beløbene er statens halvdel: ${kr(2 * c.computed)}). Ingen af læsningerne giver ${kr(c.stated)}; tallet svarer til to gange Tingbjerg og Hothers Plads (${kr(c.stated / 2)}).`
        : `The case states total CCTV costs of ${kr(c.stated)}, but the three site amounts add up to ${kr(c.computed)} (twice that if they are the state's half: ${kr(2 * c.computed)}). Neither reading gives ${kr(c.stated)}; the figure equals twice Tingbjerg and Hothers Plads (${kr(c.stated / 2)}).`;
    case 'tv_kommune':
      return da
        ? `Kommunens andel for Tingbjerg og Hothers Plads (${kr(c.stated)}) ${c.matches ? 'svarer til' : 'svarer ikke til'} summen af de to steders beløb (${kr(c.computed)}).`
        : `The municipal share for Tingbjerg and Hothers Plads (${kr(c.stated)}) ${c.matches ? 'equals' : 'does not equal'} the sum of the two site amounts (${kr(c.computed)}).`;
    case 'forventet':
      return da
        ? `Sagen skriver, at kommunen kan forvente ca. ${kr(c.stated)}; det præcise søgte beløb er ${kr(c.computed)}.`
        : `The case says the municipality can expect about ${kr(c.stated)}; the exact amount applied for is ${kr(c.computed)}.`;
    case 'aarlig':
      return da
        ? c.matches
          ? 'Årlige beløb gange antal år giver de samlede beløb for NV og SV.'
          : `${c.computed} indsats(er) har årlige beløb, der ikke summerer til det samlede beløb.`
        : c.matches
          ? 'Yearly amounts times the number of years give the totals for NW and SW.'
          : `${c.computed} initiative(s) have yearly amounts that do not add up to the total.`;
    case 'syv_af_ti':
      return da
        ? `Sagen siger, at indsatsen sætter initiativer i gang i ${c.stated} af de 10 områder; kortets data giver ${c.computed} (NV, SV og TV-overvågning).`
        : `The case says the effort starts initiatives in ${c.stated} of the 10 areas; the map's data gives ${c.computed} (NW, SW and CCTV).`;
  }
}
