/**
 * Which capacity must go (issue 16): the technical exit lines of a year's plan (exit-lines.dmn, Shandong 2022 二(五)1)
 * and the eliminate category of 《产业结构调整指导目录》 by edition (catalogue-eliminate.dmn) over the registry's lines; the
 * candidate list they produce feeds the year's elimination plan (年度淘汰落后计划, exit-plan.bpmn), generated, reviewed
 * and approved, whose approved lines go into elimination and whose half of the 2,500 t/d clinker lines present a
 * capacity-replacement plan.
 */
package cn.capacityexit.exitplan;
