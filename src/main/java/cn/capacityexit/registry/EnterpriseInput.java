package cn.capacityexit.registry;

/** The body of POST/PUT /api/enterprises and one row of the CSV import. Text fields are validated by the service. */
public record EnterpriseInput(String creditCode, String name, String jurisdiction, String sector, String address) {}
