package cn.capacityexit.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The double-random draw (双随机): from the enterprises a plan must cover, {@code count} at random, and for each two
 * different inspectors at random from the department's roster. The same seed, enterprises and roster (each sorted,
 * so that neither the database nor the directory decides the order) always give the same draw: anyone holding the
 * published seed can check it.
 */
public final class DoubleRandom {

  private DoubleRandom() {}

  /** One drawn enterprise and its two inspectors. */
  public record Assignment(String creditCode, String firstInspector, String secondInspector) {}

  public static List<Assignment> draw(List<String> enterprises, List<String> roster, int count, long seed) {
    if (roster.size() < 2) {
      throw new IllegalArgumentException("a draw needs at least two inspectors");
    }
    List<String> pool = new ArrayList<>(enterprises.stream().sorted().distinct().toList());
    List<String> inspectors = roster.stream().sorted().distinct().toList();
    SplittableRandom random = new SplittableRandom(seed);
    int n = Math.min(count, pool.size());
    List<Assignment> drawn = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int pick = i + random.nextInt(pool.size() - i);
      String chosen = pool.get(pick);
      pool.set(pick, pool.get(i));
      pool.set(i, chosen);
      int a = random.nextInt(inspectors.size());
      int b = random.nextInt(inspectors.size() - 1);
      if (b >= a) {
        b++;
      }
      drawn.add(new Assignment(chosen, inspectors.get(a), inspectors.get(b)));
    }
    return drawn;
  }
}
