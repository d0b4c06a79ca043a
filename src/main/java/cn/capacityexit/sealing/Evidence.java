package cn.capacityexit.sealing;

import java.time.OffsetDateTime;

/** A stored photo or document: what it shows, its type, size and checksum, who uploaded it and when. */
public record Evidence(
    long id,
    String eliminationNumber,
    EvidenceStep step,
    String stepName,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    OffsetDateTime uploadedAt) {

  public String url() {
    return "/api/eliminations/" + eliminationNumber + "/evidence/" + id;
  }
}
