/**
 * Clause traceability (法规依据): every clause of the five seed plans, with where the product
 * implements it and how faithfully, read from {@code seeds/clauses/*.yaml} and published as a
 * JSON endpoint and a public page, so that the coverage of the plans can be read off the product.
 */
package cn.capacityexit.legalbasis;
