/** How many photos of the shop an application carries (the wizard's documents step, its form and its command). */
export const MIN_SHOP_PHOTOS = 1;
export const MAX_SHOP_PHOTOS = 5;
