package nl.dutchtechzone.core;

/** The kinds of organisation that take part in a programme. */
public enum PartnerKind {
  /** A municipality (gemeente); identified by its CBS code and pays the contribution. */
  MUNICIPALITY(LocalizedText.of("gemeente", "municipality")),
  /** A province (provincie). */
  PROVINCE(LocalizedText.of("provincie", "province")),
  /** A ministry of the national government (ministerie). */
  MINISTRY(LocalizedText.of("ministerie", "ministry")),
  /** A school or other education institution (onderwijsinstelling). */
  EDUCATION_INSTITUTION(LocalizedText.of("onderwijsinstelling", "education institution")),
  /** A knowledge or research institution (kennisinstelling). */
  KNOWLEDGE_INSTITUTION(LocalizedText.of("kennisinstelling", "knowledge institution")),
  /** A business association (ondernemersvereniging), or a federation of them such as the SOD. */
  BUSINESS_ASSOCIATION(LocalizedText.of("ondernemersvereniging", "business association")),
  /** A company (bedrijf). */
  COMPANY(LocalizedText.of("bedrijf", "company")),
  /** An innovation hub, programme or initiative of the innovation ecosystem. */
  INNOVATION_HUB(LocalizedText.of("innovatiehub", "innovation hub"));

  private final LocalizedText label;

  PartnerKind(LocalizedText label) {
    this.label = label;
  }

  /**
   * The name of this kind in Dutch and English.
   *
   * @return the label
   */
  public LocalizedText label() {
    return label;
  }
}
