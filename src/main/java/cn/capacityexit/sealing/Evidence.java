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
    OffsetDateTime uploadedAt,
    String uploadedByName) {

  /** The same, with the uploader's name as the officers know it (the login is not a name). */
  public Evidence withUploaderName(String name) {
    return new Evidence(id, eliminationNumber, step, stepName, fileName, contentType, sizeBytes, sha256, uploadedBy, uploadedAt, name);
  }

  public String url() {
    return "/api/eliminations/" + eliminationNumber + "/evidence/" + id;
  }
}
