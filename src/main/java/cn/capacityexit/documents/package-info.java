/**
 * Official documents (公文): the notices, orders, decisions and letters of a case, generated from
 * its record with a template an analyst can edit ({@code documents/*.txt}), numbered per issuing
 * body, kind and year, laid out after GB/T 9704-2012 as PDF (fonts embedded) and DOCX, stored with
 * their SHA-256, and served: method, date, who, and the signed proof.
 */
package cn.capacityexit.documents;
