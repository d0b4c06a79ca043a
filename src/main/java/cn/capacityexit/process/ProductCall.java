package cn.capacityexit.process;

import java.util.function.Supplier;

/**
 * Marks engine calls that the product itself makes on a user's behalf, after its own checks
 * (the {@code /api} controllers): the {@link ProcessIntegrityGuard} lets them pass with the
 * variables the product chose. A request to the engine REST API or the webapps can never set the
 * mark: it lives on the calling thread, only for the duration of {@link #run}.
 */
public final class ProductCall {

  private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

  private ProductCall() {}

  public static <T> T run(Supplier<T> work) {
    boolean outer = ACTIVE.get();
    ACTIVE.set(true);
    try {
      return work.get();
    } finally {
      ACTIVE.set(outer);
    }
  }

  static boolean active() {
    return ACTIVE.get();
  }
}
