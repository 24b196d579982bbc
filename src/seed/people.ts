/** Names and addresses for the demo school: reproducible, varied, and accepted by the API's own rules. */
export const firstNames = [
  "Ada",
  "Alan",
  "Grace",
  "Edsger",
  "Barbara",
  "Donald",
  "Frances",
  "John",
  "Katherine",
  "Linus",
  "Margaret",
  "Niklaus",
  "Radia",
  "Tim",
  "Hedy",
  "Ken",
  "Dennis",
  "Shafi",
  "Leslie",
  "Sophie",
  "Amara",
  "Kenji",
  "Lucía",
  "Mateo",
  "Noor",
  "Olga",
  "Priya",
  "Quentin",
  "Rosa",
  "Santiago",
  "Tomás",
  "Uma",
  "Vera",
  "Wei",
  "Yara",
  "Zoë",
];
export const lastNames = [
  "Lovelace",
  "Turing",
  "Hopper",
  "Dijkstra",
  "Liskov",
  "Knuth",
  "Allen",
  "McCarthy",
  "Johnson",
  "Torvalds",
  "Hamilton",
  "Wirth",
  "Perlman",
  "Berners-Lee",
  "Lamarr",
  "Thompson",
  "Ritchie",
  "Goldwasser",
  "Lamport",
  "Wilson",
  "Okafor",
  "Tanaka",
  "García",
  "Fernández",
  "Haddad",
  "Ivanova",
  "Sharma",
  "Dubois",
  "Parks",
  "Moreno",
  "Novák",
  "Nair",
  "Kovacs",
  "Zhang",
  "Haddad-Smith",
  "Müller",
];

/** mulberry32: a tiny seeded PRNG, so the same size always gives the same data. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An address the API itself would accept: its email rule (ajv-formats) allows ASCII only, so accents are folded
 * away ("Zoë Müller" → zoe.muller.7@example.edu).
 */
export function demoEmail(first_name: string, last_name: string, n: number, domain = "example.edu"): string {
  const local = `${first_name}.${last_name}.${n}`
    .normalize("NFD")
    .replace(/[^A-Za-z0-9.-]/g, "")
    .toLowerCase();
  return `${local}@${domain}`;
}
