/**
 * Evaluations of enterprises that the plans tie differentiated policies to: the per-mu performance evaluation
 * (“亩产效益”评价, Shandong 三1, Liaocheng 三(一)), recorded by the industry department with its grade and indicators;
 * a C or D grade raises the differentiated measures of joint-measures.dmn, a better grade later lifts them.
 */
package cn.capacityexit.evaluation;
