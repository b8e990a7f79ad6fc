package nl.dutchtechzone.core.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.dutchtechzone.core.CostCategory;
import nl.dutchtechzone.core.CoverLetter;
import nl.dutchtechzone.core.FundEvent;
import nl.dutchtechzone.core.FundEventKind;
import nl.dutchtechzone.core.Indicator;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Membership;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.PartnerKind;
import nl.dutchtechzone.core.ProgramBoard;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.ProgrammeOffice;
import nl.dutchtechzone.core.RelatedProgramme;
import nl.dutchtechzone.core.RelationKind;
import nl.dutchtechzone.core.SectorTheme;
import nl.dutchtechzone.core.StrategicPeriod;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.InKindCapacity;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.plan.PlanHeading;
import nl.dutchtechzone.core.report.Activity;
import nl.dutchtechzone.core.report.Aim;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.IndicatorValue;
import nl.dutchtechzone.core.report.Observation;
import nl.dutchtechzone.core.report.Outcome;
import nl.dutchtechzone.core.report.StatementLine;

/**
 * The Dutch TechZone programme as its source documents describe it: the letter of the provincial
 * executive of Drenthe of 16 May 2023 with the annual plan 2023 and the annual report 2022.
 *
 * <p>Every figure and text here is taken from those documents; nothing is invented. Where the
 * documents are silent the data is left out rather than guessed:
 *
 * <ul>
 *   <li>no inhabitant figures (see {@code dtz-finance} for public CBS figures, labelled with their
 *       source and status);
 *   <li>no budget lines for 2023: the plan's budget is an estimate whose amounts the text does
 *       not give, so {@link #plan2023()} carries a budget with its status and scope note only;
 *   <li>no members of the Program Board, and no membership before 2021 (the programme is older;
 *       its start year is not stated);
 *   <li>Borger-Odoorn, which joined later according to the programme's website, is not a member
 *       here because the year it joined is not known.
 * </ul>
 *
 * <p>Derived, not printed: the four municipalities are members from 2021. The documents speak
 * of 2022 and 2023 only, but the 2022 report carries forward a budget of 2021 (EUR 130,500.00),
 * so the four municipalities funded the programme in 2021; their memberships say so in their
 * {@link Membership#source() source}. The province and the ministry are members from 2022, the
 * earliest year the documents name them as partners.
 *
 * <p>Links that the documents imply but do not print are marked in the Javadoc of the method
 * that returns them: the aims of the 2022 activities (the report prints the three aims and names
 * one of them next to "Opening SIEC"; the others are the library authors' reading) and the
 * headings of the 2023 action points.
 *
 * <p>This class is thread-safe; every method returns an immutable value.
 */
public final class DutchTechZone {

  /** The id of the programme. */
  public static final String PROGRAMME_ID = "dtz";

  /** Partner id of the municipality of Coevorden ({@code GM0109}). */
  public static final String COEVORDEN = "coevorden";
  /** Partner id of the municipality of Emmen ({@code GM0114}), host of the programme office. */
  public static final String EMMEN = "emmen";
  /** Partner id of the municipality of Hoogeveen ({@code GM0118}). */
  public static final String HOOGEVEEN = "hoogeveen";
  /** Partner id of the municipality of Hardenberg ({@code GM0160}). */
  public static final String HARDENBERG = "hardenberg";
  /** Partner id of the province of Drenthe. */
  public static final String PROVINCE_DRENTHE = "provincie-drenthe";
  /** Partner id of the Ministry of Economic Affairs and Climate. */
  public static final String MINISTRY_EZK = "ministerie-ezk";

  /** Category id of programme costs including the Program Board. */
  public static final String PROGRAMME_COSTS = "programme-costs";
  /** Category id of branding, marketing and communication. */
  public static final String BRANDING = "branding";
  /** Category id of projects and initiatives. */
  public static final String PROJECTS = "projects";
  /** Category id of housing and support of the programme office, borne by Emmen. */
  public static final String OFFICE_HOUSING_AND_SUPPORT = "office-housing-and-support";

  /** Indicator id: initiatives talked with. */
  public static final String INITIATIVES_TALKED_WITH = "initiatives-talked-with";
  /** Indicator id: memberships of steering and working groups. */
  public static final String GROUP_MEMBERSHIPS = "group-memberships";
  /** Indicator id: (network) meetings attended. */
  public static final String MEETINGS_ATTENDED = "meetings-attended";

  /** Line-of-work key of "Dutch TechZone in figures", in the 2022 report and the 2023 plan. */
  public static final String DTZ_IN_FIGURES = "dtz-in-figures";

  private static final String SEED = "Jaarplan 2023 en Jaarverslag 2022 Dutch TechZone "
      + "(Gedeputeerde Staten van Drenthe, 16 mei 2023)";

  private DutchTechZone() {}

  /**
   * The programme: partners, membership, office, board, themes, period, indicators, cost
   * categories, related programmes and the contribution rate of EUR 1.00 per inhabitant.
   *
   * @return the programme
   */
  public static Programme programme() {
    List<Partner> partners = List.of(
        Partner.municipality(COEVORDEN, "Coevorden", "GM0109"),
        Partner.municipality(EMMEN, "Emmen", "GM0114"),
        Partner.municipality(HOOGEVEEN, "Hoogeveen", "GM0118"),
        Partner.municipality(HARDENBERG, "Hardenberg", "GM0160"),
        Partner.of(PROVINCE_DRENTHE, "Provincie Drenthe", PartnerKind.PROVINCE),
        Partner.of(MINISTRY_EZK, "Ministerie van Economische Zaken en Klimaat",
            PartnerKind.MINISTRY),
        Partner.builder().id("sod")
            .name("Samenwerkende Ondernemersverenigingen Dutch TechZone (SOD)")
            .kind(PartnerKind.BUSINESS_ASSOCIATION)
            .description(LocalizedText.of(
                "de samenwerkende ondernemersverenigingen van Dutch TechZone",
                "the cooperating business associations of Dutch TechZone"))
            .build(),
        Partner.of("rijnland-instituut", "Rijnland Instituut", PartnerKind.KNOWLEDGE_INSTITUTION),
        Partner.builder().id("technasium-network").name("Technasium-netwerk")
            .kind(PartnerKind.EDUCATION_INSTITUTION)
            .description(LocalizedText.of(
                "de Technasia in de regio, met een vierde Technasium dat in Hardenberg start",
                "the Technasium schools of the region, with a fourth starting in Hardenberg"))
            .build(),
        Partner.of("volkerwessels-vakschool", "Volker Wessels vakschool",
            PartnerKind.EDUCATION_INSTITUTION),
        Partner.of("crosspoint", "Crosspoint", PartnerKind.COMPANY),
        Partner.of("siec", "SIEC", PartnerKind.INNOVATION_HUB),
        Partner.of("fablab", "FabLab", PartnerKind.INNOVATION_HUB),
        Partner.of("innofuture", "Innofuture", PartnerKind.INNOVATION_HUB));
    List<Membership> memberships = new ArrayList<>();
    for (String id : List.of(COEVORDEN, EMMEN, HOOGEVEEN, HARDENBERG)) {
      memberships.add(Membership.builder().partnerId(id).fromYear(2021)
          .source(LocalizedText.of(SEED + "; afgeleid: het jaarverslag 2022 brengt een budget"
                  + " van 2021 over, dus de vier gemeenten financierden het programma in 2021;"
                  + " beginjaar niet vermeld",
              SEED + "; derived: the 2022 report carries forward a budget of 2021, so the "
              + "four municipalities funded the programme in 2021; start year not stated"))
          .build());
    }
    for (String id : List.of(PROVINCE_DRENTHE, MINISTRY_EZK)) {
      memberships.add(Membership.builder().partnerId(id).fromYear(2022)
          .source(LocalizedText.of(SEED + "; het vroegste jaar dat de documenten beschrijven,"
                  + " beginjaar niet vermeld",
              SEED + "; earliest year the documents cover, start year not stated"))
          .build());
    }
    return Programme.builder()
        .id(PROGRAMME_ID)
        .shortName("DTZ")
        .name("Dutch TechZone")
        .purpose(LocalizedText.of(
            "Economische structuurversterking van de regio Coevorden, Emmen, Hoogeveen en "
                + "Hardenberg, met de focus op de maakindustrie; een samenwerkingsverband van "
                + "onderwijs, bedrijfsleven en overheden (triple helix).",
            "Structural strengthening of the economy of the region Coevorden, Emmen, Hoogeveen "
                + "and Hardenberg, focused on the manufacturing industry; a partnership of "
                + "education, business and governments (triple helix)."))
        .origin(LocalizedText.of(
            "Rapport 'Voor een sterke en innovatieve regio' van de Commissie Vollebregt – "
                + "Alberda van Ekenstein (2016)",
            "The report 'Voor een sterke en innovatieve regio' of the Commissie Vollebregt – "
                + "Alberda van Ekenstein (2016)"))
        .addAims(
            LocalizedText.of("lobby", "lobbying"),
            LocalizedText.of("aanjagen van projecten", "kick-starting projects"),
            LocalizedText.of("verbinden en versterken van (bestaande) initiatieven gericht op "
                + "kennis en innovatie", "connecting and strengthening (existing) initiatives "
                + "on knowledge and innovation"))
        .partners(partners)
        .memberships(memberships)
        .office(ProgrammeOffice.of(EMMEN, true))
        .board(ProgramBoard.of("Program Board", List.of()))
        .addSectorThemes(
            SectorTheme.of("manufacturing", LocalizedText.of("maakindustrie", "manufacturing")),
            SectorTheme.of("green-chemistry", LocalizedText.of(
                "groene chemie/circulaire economie", "green chemistry/circular economy")),
            SectorTheme.of("logistics", LocalizedText.of("logistiek", "logistics")),
            SectorTheme.of("energy", LocalizedText.of("energie", "energy")))
        .strategicPeriod(StrategicPeriod.of(2022, 2025))
        .addRelatedProgrammes(regioDeal(), bedrijvenregeling())
        .addIndicators(
            count(INITIATIVES_TALKED_WITH, "initiatieven gesproken", "initiatives talked with"),
            count(GROUP_MEMBERSHIPS, "stuur- en werkgroep lidmaatschappen",
                "memberships of steering and working groups"),
            count(MEETINGS_ATTENDED, "(netwerk)bijeenkomsten bijgewoond",
                "(network) meetings attended"))
        .addCostCategories(
            CostCategory.of(PROGRAMME_COSTS, LocalizedText.of(
                "Programmakosten incl. Program Board", "Programme costs incl. Program Board")),
            CostCategory.of(BRANDING, LocalizedText.of(
                "Branding, marketing & communicatie", "Branding, marketing & communication")),
            CostCategory.of(PROJECTS, LocalizedText.of(
                "Projecten en initiatieven", "Projects and initiatives")),
            CostCategory.of(OFFICE_HOUSING_AND_SUPPORT, LocalizedText.of(
                "Huisvesting en ondersteuning programmabureau",
                "Housing and support of the programme office")))
        .contributionPerInhabitant(new BigDecimal("1.00"))
        .build();
  }

  private static Indicator count(String id, String nl, String en) {
    return Indicator.builder().id(id).name(LocalizedText.of(nl, en)).unit("count").build();
  }

  private static RelatedProgramme regioDeal() {
    return RelatedProgramme.builder()
        .id("regio-deal-zuid-en-oost-drenthe")
        .name("Regio Deal Zuid- en Oost-Drenthe")
        .kind(RelationKind.REGIONAL_DEAL)
        .ownGovernance(true)
        .pillar("Werken")
        .role(LocalizedText.of(
            "Mede tot stand gekomen door de DTZ; het programmateam van DTZ is het ontwikkelteam "
                + "van de pijler Werken. De Regio Deal is een middel om de doelen van de DTZ te "
                + "realiseren.",
            "Came about partly through DTZ; the DTZ programme team is the development team of "
                + "the pillar Werken (work). The Regio Deal is a means to realise DTZ's goals."))
        .build();
  }

  private static RelatedProgramme bedrijvenregeling() {
    Money released = Money.ofEuros(1_400_000);
    LocalizedText text = LocalizedText.of(
        "Herbestemming van € 1.400.000,-- aan vrijval uit de regeling",
        "Re-allocation of EUR 1,400,000.00 of funds released from the scheme");
    return RelatedProgramme.builder()
        .id("bedrijvenregeling-dtz")
        .name("Bedrijvenregeling DTZ")
        .kind(RelationKind.SUBSIDY_SCHEME)
        .ownGovernance(false)
        .role(LocalizedText.of(
            "Subsidieregeling voor bedrijven, voortgekomen uit de samenwerking en financieel "
                + "ondersteund door de provincie; het geld van de regeling is geen "
                + "programmageld.",
            "Subsidy scheme for companies that grew out of the partnership, co-funded by the "
                + "province; its money is not programme money."))
        .addCoFunderIds(PROVINCE_DRENTHE)
        .lastOpenedYear(2020)
        .addFundEvents(
            FundEvent.builder().id("release").kind(FundEventKind.RELEASE).amount(released)
                .description(text).build(),
            FundEvent.builder().id("reallocation").kind(FundEventKind.REALLOCATION)
                .amount(released).description(text)
                .destination(LocalizedText.of("niet genoemd in de brief",
                    "not stated in the letter"))
                .build())
        .build();
  }

  /**
   * The annual plan 2023: three investment themes with 5, 7 and 3 action points, the seven
   * headings of the infographic, the budget's status and scope (no amounts: the documents give
   * none) and the in-kind capacity partners offer.
   *
   * <p>The links from action points to infographic headings are the library authors' reading;
   * the plan prints the headings and the bullets apart.
   *
   * @return the plan
   */
  public static AnnualPlan plan2023() {
    InvestmentTheme entrepreneurship = InvestmentTheme.builder()
        .id("entrepreneurship")
        .title(LocalizedText.of(
            "Investeren in ondernemen met ambitie, zowel bij koplopers als mkb-peleton",
            "Investing in ambitious entrepreneurship, among front-runners as well as the SME "
                + "peloton"))
        .addActions(
            action("2023.1.1", "Stimuleren en faciliteren van ontmoetingen en samenwerking tussen"
                + " overheid, kennisinstellingen, ondernemersverenigingen en ondernemers. Ook "
                + "bestuurders worden hierin betrokken.",
                "Stimulate and facilitate meetings and cooperation between government, knowledge"
                + " institutions, business associations and entrepreneurs, involving "
                + "administrators too.", "meetings-spotlight"),
            action("2023.1.2", "Ondersteunen en versterken van de Program Board.",
                "Support and strengthen the Program Board."),
            action("2023.1.3", "Stimuleren en faciliteren van de samenwerking van de hubs, "
                + "programma's en initiatieven in het innovatie ecosysteem.",
                "Stimulate and facilitate cooperation of the hubs, programmes and initiatives in"
                + " the innovation ecosystem.", "innovation-ecosystem"),
            action("2023.1.4", "Ondersteunen, stimuleren en faciliteren van de SOD "
                + "(samenwerkende ondernemersverenigingen Dutch TechZone).",
                "Support, stimulate and facilitate the SOD (the cooperating business "
                + "associations of Dutch TechZone)."),
            ActionPoint.builder().id("2023.1.5")
                .text(LocalizedText.of("Dutch TechZone in cijfers: Update van de rapportage van "
                    + "DTZ in cijfers laten opmaken en presenteren aan de regio.",
                    "Dutch TechZone in figures: have the report on DTZ in figures updated and "
                    + "presented to the region."))
                .addHeadingIds("dtz-in-figures")
                .lineOfWork(DTZ_IN_FIGURES)
                .build())
        .build();
    InvestmentTheme image = InvestmentTheme.builder()
        .id("image")
        .title(LocalizedText.of(
            "Investeren in imago, profilering, positionering en cultuur van de regio",
            "Investing in image, profiling, positioning and culture of the region"))
        .addActions(
            action("2023.2.1", "Algemene film Dutch TechZone. De promotiefilm van Dutch TechZone "
                + "in drie talen: Nederlands, Engels en Duits.",
                "A general Dutch TechZone film: the promotional film in three languages, Dutch, "
                + "English and German."),
            action("2023.2.2", "Samenwerkingsverhalen uit de regio: ophalen van verhalen waaruit "
                + "de samenwerking in de regio naar voren komt.",
                "Stories of cooperation from the region: collect stories that show the "
                + "cooperation in the region."),
            action("2023.2.3", "Versterken van het innovatie ecosysteem, door het profileren en "
                + "het leggen van verbindingen.",
                "Strengthen the innovation ecosystem by profiling and making connections."),
            action("2023.2.4", "Update website Dutch TechZone.",
                "Update the Dutch TechZone website."),
            action("2023.2.5", "Stimuleren van de samenwerking tussen de Open Bedrijven Dagen in "
                + "onze regio.",
                "Stimulate cooperation between the Open Company Days in the region."),
            action("2023.2.6", "Profileren Dutch TechZone tijdens relevante events (regionaal, "
                + "nationaal en internationaal).",
                "Profile Dutch TechZone at relevant events (regional, national and "
                + "international).", "represent-region"),
            action("2023.2.7", "Uitvoeren van de eerste acties uit het regionale netwerk- en "
                + "verbindingplan.",
                "Carry out the first actions of the regional network and connection plan.",
                "network-plan-phase-1"))
        .build();
    InvestmentTheme education = InvestmentTheme.builder()
        .id("education")
        .title(LocalizedText.of("Investeren in opleiding en kennis",
            "Investing in education and knowledge"))
        .addActions(
            action("2023.3.1", "Faciliteren, ondersteunen en verbinden van initiatieven die tot "
                + "doel hebben talent en jeugd in de regio te behouden zoals onder andere "
                + "Innofuture, Fablab, STO, Techniek Tastbaar, Technasium netwerk.",
                "Facilitate, support and connect initiatives that aim to keep talent and young "
                + "people in the region, such as Innofuture, Fablab, STO, Techniek Tastbaar and "
                + "the Technasium network.", "youth-technology", "technasia-network"),
            action("2023.3.2", "Onderzoek laten uitvoeren naar wat nodig is om jeugd enthousiast "
                + "te maken voor techniek",
                "Have research done into what it takes to get young people enthusiastic about "
                + "technology.", "youth-technology"),
            action("2023.3.3", "Onderzoek laten uitvoeren via Rijnland Instituut naar de "
                + "drijfveren van studenten/talenten om en wel/niet in de regio te blijven.",
                "Have research done, via the Rijnland Instituut, into why students and talents "
                + "do or do not stay in the region."))
        .build();
    return AnnualPlan.builder()
        .programmeId(PROGRAMME_ID)
        .year(2023)
        .strategicPeriod(StrategicPeriod.of(2022, 2025))
        .introduction(LocalizedText.of(
            "De strategische koers van Dutch TechZone voor de periode 2022-2025 bevat "
                + "onderwerpen die van regionaal of bovenregionaal belang zijn en impact hebben "
                + "op onze regio.",
            "Dutch TechZone's strategic course for 2022-2025 covers subjects of regional or "
                + "supra-regional importance that have an impact on the region."))
        .addThemes(entrepreneurship, image, education)
        .addHeadings(
            heading("innovation-ecosystem", "entrepreneurship",
                "Ondersteunen en verbinden van het innovatie ecosysteem",
                "Support and connect the innovation ecosystem"),
            heading("meetings-spotlight", "entrepreneurship",
                "Stimuleren van ontmoetingen tussen de spelers in de regio en regionale "
                    + "activiteiten in de spotlights zetten",
                "Stimulate meetings between the players in the region and put regional "
                    + "activities in the spotlight"),
            heading("dtz-in-figures", "entrepreneurship", "Dutch TechZone in cijfers",
                "Dutch TechZone in figures"),
            heading("network-plan-phase-1", "image",
                "Fase 1 uit het netwerk- en verbindingsplan oppakken",
                "Take up phase 1 of the network and connection plan"),
            heading("represent-region", "image", "Vertegenwoordigen van de regio",
                "Represent the region"),
            heading("youth-technology", "education",
                "Regioactiviteiten ondersteunen die jeugd enthousiast maken voor techniek om "
                    + "talent te behouden en aantrekken",
                "Support regional activities that get young people enthusiastic about "
                    + "technology, to keep and attract talent"),
            heading("technasia-network", "education", "Het Technasia netwerk verder uitbouwen",
                "Further build out the Technasia network"))
        .budget(Budget.builder()
            .year(2023)
            .status(BudgetStatus.ESTIMATE)
            .scopeNote(LocalizedText.of(
                "Begroting 2023 Dutch TechZone bestaat uit de financiële middelen die we "
                    + "ontvangen vanuit de regio. Dit is een schatting aangezien de definitieve "
                    + "cijfers 2023 en inwoneraantallen nog niet bekend zijn. Exclusief gelden "
                    + "die aan het netwerk- en verbindingsplan gekoppeld zijn.",
                "The 2023 budget consists of the funds received from the region. It is an "
                    + "estimate, since the final figures for 2023 and the inhabitant numbers "
                    + "are not yet known. It excludes the funds tied to the network and "
                    + "connection plan."))
            .build())
        .addInKind(
            inKind(PartnerKind.MUNICIPALITY, "gemeenten"),
            inKind(PartnerKind.COMPANY, "het bedrijfsleven"),
            inKind(PartnerKind.EDUCATION_INSTITUTION, "onderwijsinstellingen"),
            inKind(PartnerKind.KNOWLEDGE_INSTITUTION, "kennisinstellingen"))
        .build();
  }

  private static ActionPoint action(String id, String nl, String en, String... headings) {
    return ActionPoint.builder().id(id).text(LocalizedText.of(nl, en))
        .headingIds(Arrays.asList(headings)).build();
  }

  private static PlanHeading heading(String id, String theme, String nl, String en) {
    return PlanHeading.of(id, theme, LocalizedText.of(nl, en));
  }

  private static String enWho(PartnerKind kind) {
    switch (kind) {
      case MUNICIPALITY:
        return "the municipalities";
      case COMPANY:
        return "businesses";
      case EDUCATION_INSTITUTION:
        return "education institutions";
      default:
        return "knowledge institutions";
    }
  }

  private static InKindCapacity inKind(PartnerKind kind, String who) {
    return InKindCapacity.builder()
        .offeredByKind(kind)
        .description(LocalizedText.of(
            "Capaciteit om niet, in onderling overleg beschikbaar gesteld door " + who,
            "Capacity made available free of charge, by mutual agreement, by "
                + enWho(kind)))
        .build();
  }

  /**
   * The annual report 2022: the statement exactly as printed (carried forward 130,500.00,
   * income 261,089.00, spending 289,467.21 in three categories), the three counts (65, 16, 43),
   * the online observation, the five outcomes and the sixteen activities with the aims they
   * served.
   *
   * <p>The report prints the three aims above the activities and names one next to "Opening
   * SIEC" (strengthen the ecosystem); the aims of the other activities are the library authors'
   * reading. No activity links to an action point: there is no 2022 plan in the documents.
   *
   * @return the report
   */
  public static AnnualReport report2022() {
    FinancialStatement statement = FinancialStatement.builder()
        .year(2022)
        .carriedForward(Money.parse("130.500,00"))
        .addIncome(StatementLine.builder().id("income-2022")
            .label(LocalizedText.of("Inkomsten 2022", "Income 2022"))
            .amount(Money.parse("261.089,00")).build())
        .addSpending(
            spending(PROGRAMME_COSTS, "Programmakosten incl. Program Board",
                "Programme costs incl. Program Board", "223.573,30"),
            spending(BRANDING, "Branding, marketing & communicatie",
                "Branding, marketing & communication", "34.877,25"),
            spending(PROJECTS, "Projecten en initiatieven", "Projects and initiatives",
                "31.016,66"))
        .statedSpendingTotal(Money.parse("289.467,21"))
        .build();
    return AnnualReport.builder()
        .programmeId(PROGRAMME_ID)
        .year(2022)
        .goal(LocalizedText.of(
            "Het stimuleren van de maakindustrie en excellent vakmanschap in de regio "
                + "Zuidoost-Drenthe.",
            "Stimulate the manufacturing industry and excellent craftsmanship in the region "
                + "South-East Drenthe."))
        .statement(statement)
        .addIndicatorValues(
            value("2022.initiatives", INITIATIVES_TALKED_WITH, 65, "initiatieven gesproken",
                "initiatives talked with"),
            value("2022.group-memberships", GROUP_MEMBERSHIPS, 16,
                "stuur- en werkgroep lidmaatschappen",
                "memberships of steering and working groups"),
            value("2022.meetings", MEETINGS_ATTENDED, 43, "(netwerk)bijeenkomsten bijgewoond",
                "(network) meetings attended"))
        .addObservations(Observation.builder().id("2022.online")
            .title(LocalizedText.of("Dutch TechZone online", "Dutch TechZone online"))
            .addPoints(
                LocalizedText.of("groeiend aantal volgers", "growing number of followers"),
                LocalizedText.of("meer bereik", "more reach"),
                LocalizedText.of("meer interactie", "more interaction"))
            .build())
        .addOutcomes(
            outcome("2022.regio-deal", "Regio Deal Zuid- en Oost-Drenthe",
                "Regio Deal Zuid- en Oost-Drenthe",
                "De triple helix samenwerking van DTZ heeft de Regio Deal aangevraagd; het "
                    + "programmateam van DTZ is het ontwikkelteam van de pijler Werken.",
                "The triple-helix partnership of DTZ applied for the Regio Deal; the DTZ "
                    + "programme team is the development team of the pillar Werken."),
            outcome("2022.nedersaksenlijn", "Lobby Nedersaksenlijn", "Lobby for the "
                    + "Nedersaksenlijn",
                "De Nedersaksenlijn kreeg een podium in Den Haag met het Tiny Waterstofhuis; DTZ "
                    + "schreef mee aan het bidbook dat leidde tot een MIRT-aanvraag.",
                "The Nedersaksenlijn railway got a stage in The Hague with the Tiny "
                    + "Waterstofhuis; DTZ helped write the bid book that led to a MIRT "
                    + "application."),
            outcome("2022.technasia", "Technasia", "Technasia",
                "De Technasia in de regio bundelen hun krachten, staan samen op Innofuture en "
                    + "helpen het vierde Technasium in Hardenberg op weg.",
                "The Technasium schools of the region joined forces, appear together at "
                    + "Innofuture and help the fourth Technasium start in Hardenberg."),
            outcome("2022.sod", "Samenwerkende ondernemersverenigingen (SOD)",
                "Cooperating business associations (SOD)",
                "Samen werken aan een regionaal inkoopstelsel en toekomstbestendige "
                    + "bedrijventerreinen; de 3e kamerbijeenkomst in 2024 wordt samen "
                    + "georganiseerd.",
                "Working together on a regional purchasing system and future-proof business "
                    + "parks; the joint third-chamber meeting in 2024."),
            outcome("2022.innovation-ecosystem", "Innovatie ecosysteem", "Innovation ecosystem",
                "De belangrijkste innovatiehubs vonden elkaar op het kantoor van DTZ.",
                "The main innovation hubs met at the DTZ office."))
        .addAims(
            Aim.of("position", LocalizedText.of("Versterken van de positie van Dutch TechZone",
                "Strengthen the position of Dutch TechZone")),
            Aim.of("ecosystem", LocalizedText.of("Versterken van het ecosysteem",
                "Strengthen the ecosystem")),
            Aim.of("inform", LocalizedText.of("Informeren van de stakeholders",
                "Inform the stakeholders")))
        .addActivities(
            activity("2022.a01", "Opening SIEC", "Opening of SIEC", "ecosystem"),
            Activity.builder().id("2022.a02")
                .title(LocalizedText.of("Tiny Waterstof Huis in Den Haag",
                    "Tiny Waterstof Huis in The Hague"))
                .addAimIds("position")
                .note(LocalizedText.of("lobby voor de regio", "lobby for the region"))
                .build(),
            activity("2022.a03", "Opdracht Technasia leerlingen",
                "Assignment for Technasium pupils", "ecosystem"),
            activity("2022.a04", "SOD en Dutch TechZone meedenken Bidbook Nedersaksenlijn",
                "SOD and Dutch TechZone thinking along on the Nedersaksenlijn bid book",
                "position"),
            activity("2022.a05", "Bijeenkomst besturen ondernemersverenigingen Dutch TechZone",
                "Meeting of the boards of the business associations of Dutch TechZone",
                "ecosystem"),
            activity("2022.a06", "Interview Elsevier \"Toplocaties regio Dutch TechZone\"",
                "Interview Elsevier \"Top locations region Dutch TechZone\"", "position"),
            activity("2022.a07", "Bezoek FabLab", "Visit to the FabLab", "ecosystem"),
            activity("2022.a08", "Innofuture Technasia", "Innofuture Technasia", "ecosystem"),
            activity("2022.a09", "Bedrijfsbezoek Crosspoint", "Company visit Crosspoint",
                "ecosystem"),
            activity("2022.a10", "24 uren sessie board, bezoek Volker Wessels vakschool",
                "24-hour session of the board, visit to the Volker Wessels trade school",
                "ecosystem"),
            activity("2022.a11", "Deelname circulair event", "Taking part in a circular event",
                "ecosystem"),
            Activity.builder().id("2022.a12")
                .title(LocalizedText.of("Stand van Dutch TechZone in cijfers",
                    "State of Dutch TechZone in figures"))
                .addAimIds("inform")
                .lineOfWork(DTZ_IN_FIGURES)
                .build(),
            activity("2022.a13", "Informatiesessie Raden & Staten leden",
                "Information session for council and provincial council members", "inform"),
            activity("2022.a14", "Maandelijks overleg samenwerkende ondernemersverenigingen",
                "Monthly meeting of the cooperating business associations", "ecosystem"),
            activity("2022.a15", "Maandelijks overleg innovatie ecosysteem",
                "Monthly meeting of the innovation ecosystem", "ecosystem"),
            activity("2022.a16", "Regiobezoek minister Hanke Bruins Slot",
                "Regional visit of minister Hanke Bruins Slot", "position"))
        .build();
  }

  private static StatementLine spending(String category, String nl, String en, String amount) {
    return StatementLine.builder().id(category).categoryId(category)
        .label(LocalizedText.of(nl, en)).amount(Money.parse(amount)).build();
  }

  private static IndicatorValue value(String id, String indicator, int value, String nl,
      String en) {
    return IndicatorValue.builder().id(id).indicatorId(indicator)
        .title(LocalizedText.of(nl, en)).value(BigDecimal.valueOf(value)).build();
  }

  private static Outcome outcome(String id, String titleNl, String titleEn, String nl,
      String en) {
    return Outcome.builder().id(id).title(LocalizedText.of(titleNl, titleEn))
        .summary(LocalizedText.of(nl, en)).build();
  }

  private static Activity activity(String id, String nl, String en, String aim) {
    return Activity.builder().id(id).title(LocalizedText.of(nl, en)).addAimIds(aim).build();
  }

  /**
   * The letter of the provincial executive of Drenthe to the provincial council that sent the
   * plan and the report, for information.
   *
   * @return the letter
   */
  public static CoverLetter coverLetter() {
    return CoverLetter.builder()
        .from("Gedeputeerde Staten van Drenthe")
        .to("Provinciale Staten van Drenthe")
        .place("Assen")
        .date(LocalDate.of(2023, 5, 16))
        .reference("20/5.1/2023000703")
        .handledBy("team Economie")
        .subject("Jaarplan 2023 en Jaarverslag 2022 Dutch TechZone")
        .status(LocalizedText.of("Ter informatie", "For information"))
        .addAttachments("Jaarplan 2023 Dutch TechZone", "Jaarverslag 2022 Dutch TechZone")
        .build();
  }
}
