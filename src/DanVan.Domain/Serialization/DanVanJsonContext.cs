using System.Text.Json.Serialization;
using DanVan.Domain.Administration;
using DanVan.Domain.Metrics;
using DanVan.Domain.Organizations;
using DanVan.Domain.Regulations;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Serialization;

/// <summary>
/// The source-generated System.Text.Json metadata for every public type of the library (no reflection, AOT-safe).
/// Use <see cref="DanVanJson.Options"/>, or chain <see cref="JsonSerializerContext"/> <c>Default</c> into your own options.
/// </summary>
/// <remarks>
/// Conventions (docs/json.md): camelCase names; enums as stable lower-camel strings; dates ISO <c>yyyy-MM-dd</c>;
/// nulls omitted on write; on read, missing required values and nulls in non-nullable places are errors; unknown
/// properties are skipped so newer documents stay readable.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DictionaryKeyPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(LocalDateJsonConverter), typeof(DateIntervalJsonConverter)])]
[JsonSerializable(typeof(ValidationResult))]
[JsonSerializable(typeof(ValidationIssue))]
[JsonSerializable(typeof(IssueCode))]
[JsonSerializable(typeof(ValidationSeverity))]
[JsonSerializable(typeof(MessageLanguage))]
[JsonSerializable(typeof(ReportedNumber))]
[JsonSerializable(typeof(NumberQualifier))]
[JsonSerializable(typeof(ReportedNumberKind))]
[JsonSerializable(typeof(PartialDate))]
[JsonSerializable(typeof(DatePrecision))]
[JsonSerializable(typeof(LocalDate))]
[JsonSerializable(typeof(DateInterval))]
[JsonSerializable(typeof(IReadOnlyList<ValidationIssue>))]
[JsonSerializable(typeof(Dictionary<string, string[]>))]
[JsonSerializable(typeof(DocumentNumber))]
[JsonSerializable(typeof(DocumentSystem))]
[JsonSerializable(typeof(DocumentKind))]
[JsonSerializable(typeof(IssuerLevel))]
[JsonSerializable(typeof(Regulation))]
[JsonSerializable(typeof(RegulationCatalog))]
[JsonSerializable(typeof(RegulationRelation))]
[JsonSerializable(typeof(RegulationKey))]
[JsonSerializable(typeof(RelationKind))]
[JsonSerializable(typeof(RegulationFacts))]
[JsonSerializable(typeof(RegulationStatus))]
[JsonSerializable(typeof(IReadOnlyList<Regulation>))]
[JsonSerializable(typeof(UnitCode))]
[JsonSerializable(typeof(AdministrativeLevel))]
[JsonSerializable(typeof(AdministrativeUnitKind))]
[JsonSerializable(typeof(AdministrativeUnit))]
[JsonSerializable(typeof(AdministrativeChange))]
[JsonSerializable(typeof(AdministrativeChangeKind))]
[JsonSerializable(typeof(Coverage))]
[JsonSerializable(typeof(UnitSuccessor))]
[JsonSerializable(typeof(LinkedUnit))]
[JsonSerializable(typeof(AdministrativeCatalog))]
[JsonSerializable(typeof(IReadOnlyList<AdministrativeUnit>))]
[JsonSerializable(typeof(IReadOnlyList<AdministrativeChange>))]
[JsonSerializable(typeof(IReadOnlyList<LinkedUnit>))]
[JsonSerializable(typeof(UnitMatch))]
[JsonSerializable(typeof(UnitMatchKind))]
[JsonSerializable(typeof(IReadOnlyList<UnitMatch>))]
[JsonSerializable(typeof(AddressMatch))]
[JsonSerializable(typeof(AddressMatchStatus))]
[JsonSerializable(typeof(AddressTranslation))]
[JsonSerializable(typeof(AddressTranslationStatus))]
[JsonSerializable(typeof(TranslatedAddress))]
[JsonSerializable(typeof(OrganizationId))]
[JsonSerializable(typeof(OrganizationKind))]
[JsonSerializable(typeof(OrganizationLevel))]
[JsonSerializable(typeof(OrganizationCategory))]
[JsonSerializable(typeof(OrganizationEventKind))]
[JsonSerializable(typeof(PostRole))]
[JsonSerializable(typeof(Organization))]
[JsonSerializable(typeof(OrganizationEvent))]
[JsonSerializable(typeof(OrganizationSuccessor))]
[JsonSerializable(typeof(LinkedOrganization))]
[JsonSerializable(typeof(OrganizationName))]
[JsonSerializable(typeof(Post))]
[JsonSerializable(typeof(Person))]
[JsonSerializable(typeof(Appointment))]
[JsonSerializable(typeof(OrganizationRegistry))]
[JsonSerializable(typeof(IReadOnlyList<Organization>))]
[JsonSerializable(typeof(IReadOnlyList<LinkedOrganization>))]
[JsonSerializable(typeof(IReadOnlyList<Post>))]
[JsonSerializable(typeof(IReadOnlyList<Appointment>))]
[JsonSerializable(typeof(ReportingPeriod))]
[JsonSerializable(typeof(PeriodKind))]
[JsonSerializable(typeof(MultiYearWording))]
[JsonSerializable(typeof(ObservationStatus))]
[JsonSerializable(typeof(UnitOfMeasure))]
[JsonSerializable(typeof(ObservationSubject))]
[JsonSerializable(typeof(Observation))]
[JsonSerializable(typeof(ObservationSet))]
[JsonSerializable(typeof(MetricCode))]
[JsonSerializable(typeof(MetricKind))]
[JsonSerializable(typeof(Additivity))]
[JsonSerializable(typeof(MetricDirection))]
[JsonSerializable(typeof(MetricDefinition))]
[JsonSerializable(typeof(MetricCatalog))]
[JsonSerializable(typeof(IReadOnlyList<MetricDefinition>))]
[JsonSerializable(typeof(MetricRelation))]
[JsonSerializable(typeof(IReadOnlyList<MetricRelation>))]
public sealed partial class DanVanJsonContext : JsonSerializerContext;
