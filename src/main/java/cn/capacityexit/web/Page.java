package cn.capacityexit.web;

import java.util.List;

/** One page of a listing: page numbers start at 0. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public static final int MAX_SIZE = 200;

  /** Validates page and size query parameters. */
  public static void check(int page, int size) {
    Problems p = new Problems();
    if (page < 0) {
      p.add("page", "不能为负数");
    }
    if (size < 1 || size > MAX_SIZE) {
      p.add("size", "应在1到" + MAX_SIZE + "之间");
    }
    p.throwIfAny();
  }
}
