import { CURRENCY_CODES } from './measures';
import type { Scan } from './scan';

/** Letter prefixes that may sit right before a number that is still a figure ("mid-2008", "US$3", "Q3 2029"). */
const ALLOWED_PREFIX = new RegExp(
  `^(?:mid|early|late|pre|post|US|A|AU|C|CA|NZ|HK|S|R|Rs|K?Shs?|Q)$|^(?:${CURRENCY_CODES})$`,
  'i',
);

const NOISE: RegExp[] = [
  // phone numbers
  /(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g,
  // 24/7, 9/11, scores and fractions written with a slash (a full date "10/08/2021" is read as a date)
  /(?<![\d/])\b(?!\d{1,2}\/\d{1,2}\/\d{4}\b)\d+(?:\/\d+)+\b/g,
  // identifiers: long digit runs, numbered items
  /\b\d{7,}\b/g,
  /(?:\bNos?\.|#)\s*\d+/g,
  // version-like dotted numbers
  /\b\d+\.\d+\.\d+(?:\.\d+)*\b/g,
  // street addresses
  /\b\d+\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Way|Place|Square|Court)(?![a-z])/g,
];

/** Blocks digits that belong to names, codes and identifiers rather than figures ("Covid-19", "G7", "F-16"). */
export function blockNoise(scan: Scan): void {
  for (const re of NOISE) scan.each(re, (m) => scan.block(m.index, m.index + m[0].length));
  scan.each(/\b([A-Za-z]+)-?\d+[A-Za-z\d]*(?:-\d+)*/g, (m) => {
    if (!ALLOWED_PREFIX.test(m[1])) scan.block(m.index, m.index + m[0].length);
  });
  // numbers glued to letters after them that are not units ("3D", "4x4", "737MAX")
  scan.each(/\b\d+[A-Za-z]+\d*\w*/g, (m) => {
    const known =
      /^\d+(?:st|nd|rd|th|s|bn|bln|mn|mln|tn|trn|trln|m|k|b|km|mi|ft|kg|lbs?|mph|kph|am|pm|a|p|yrs?|mins?|hrs?)$/i;
    // temperatures: "-2C", "100F"
    // clock times in hour-letter notation: "14h30"
    const clock = /^(?:[01]?\d|2[0-3])h(?:[0-5]\d)?$/.test(m[0]);
    if (!known.test(m[0]) && !/^\d+[CF]$/.test(m[0]) && !clock) scan.block(m.index, m.index + m[0].length);
  });
}
