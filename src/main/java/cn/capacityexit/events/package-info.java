/**
 * The published language: facts one feature publishes, in its own transaction, for the features
 * that own what follows from them. Publishers and listeners both depend on this module and it on
 * nothing, so an effect that runs "downwards" (a closed case closes the registry's lines) needs no
 * dependency of the lower module on the higher one.
 *
 * <ul>
 *   <li>{@link cn.capacityexit.events.CaseExited}: a rectification case ended in closure; registry closes the
 *       lines and the enterprise and counts the capacity as exited.</li>
 *   <li>{@link cn.capacityexit.events.LineEliminated}: dismantle-or-seal sealed, dismantled or reserved a line;
 *       registry changes the line's status and counts the capacity.</li>
 *   <li>{@link cn.capacityexit.events.CreditPunishmentDue}: a deadline of a closure order or a pledge passed
 *       (or a revival was confirmed); credit writes the record once.</li>
 *   <li>{@link cn.capacityexit.events.CaseProgressed}: a case reached a stage the plans attach other departments'
 *       measures to, or ended; measures raises and lifts them.</li>
 *   <li>{@link cn.capacityexit.events.LicenceActionDone}: the issuing department cancelled or revoked a licence on a
 *       closed case; licences ends the registered licences of that kind.</li>
 * </ul>
 */
package cn.capacityexit.events;
