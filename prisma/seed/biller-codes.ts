import { MUNICIPALITY_CODES } from "./places";

/**
 * SADAD-style biller codes under which each municipality's bills are presented to the banks (the
 * first thing a payer picks at the bank: "Eastern Province Amanah – Dammam Central …"). Three digits,
 * stable once issued: bills copy the code when they are issued. Every seeded municipality has one
 * (the type lists them all); the seed only fills codes that are still empty, never overwrites one.
 */
type MunicipalityCode = (typeof MUNICIPALITY_CODES)[keyof typeof MUNICIPALITY_CODES];

export const BILLER_CODES: Record<MunicipalityCode, string> = {
  [MUNICIPALITY_CODES.DAMMAM_CENTRAL]: "301",
  [MUNICIPALITY_CODES.DAMMAM_EAST]: "302",
  [MUNICIPALITY_CODES.DAMMAM_WEST]: "303",
  [MUNICIPALITY_CODES.DHAHRAN]: "304",
  [MUNICIPALITY_CODES.KHOBAR]: "305",
  [MUNICIPALITY_CODES.QATIF]: "306",
  [MUNICIPALITY_CODES.HOFUF]: "311",
  [MUNICIPALITY_CODES.MUBARRAZ]: "312",
};
