using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Tests;

/// <summary>Every public type of the library is immutable: no public mutable setters, no writable fields, readonly structs.</summary>
public class ImmutabilityTest
{
    private static IEnumerable<Type> PublicTypes() =>
        typeof(ValidationIssue).Assembly.GetExportedTypes()
            .Where(type => !type.IsEnum && !type.IsInterface && !(type.IsAbstract && type.IsSealed))
            .Where(type => !typeof(Exception).IsAssignableFrom(type))
            .Where(type => !typeof(JsonSerializerContext).IsAssignableFrom(type) && !typeof(JsonConverter).IsAssignableFrom(type))
            .Where(type => !IsBuilder(type));

    // Builders exist to be filled and are documented as not thread-safe; the types they build are checked here.
    private static bool IsBuilder(Type type) => type.Name.EndsWith("Builder", StringComparison.Ordinal) && type.GetMethod("Build") is not null;

    [Fact]
    public void There_are_public_types_to_check() => PublicTypes().Should().HaveCountGreaterThan(5);

    [Fact]
    public void The_administration_types_are_among_those_checked() =>
        PublicTypes().Should().Contain(
        [
            typeof(DanVan.Domain.Administration.UnitCode), typeof(DanVan.Domain.Administration.AdministrativeUnit),
            typeof(DanVan.Domain.Administration.AdministrativeChange), typeof(DanVan.Domain.Administration.AdministrativeCatalog),
            typeof(DanVan.Domain.Administration.AdministrativeUnitKindInfo), typeof(DanVan.Domain.Administration.UnitSuccessor),
            typeof(DanVan.Domain.Administration.LinkedUnit), typeof(DanVan.Domain.Administration.AdministrativeValidator),
        ]);

    [Fact]
    public void The_organization_types_are_among_those_checked() =>
        PublicTypes().Should().Contain(
        [
            typeof(DanVan.Domain.Organizations.OrganizationId), typeof(DanVan.Domain.Organizations.Organization),
            typeof(DanVan.Domain.Organizations.OrganizationEvent), typeof(DanVan.Domain.Organizations.OrganizationRegistry),
            typeof(DanVan.Domain.Organizations.OrganizationKindInfo), typeof(DanVan.Domain.Organizations.KindPresence),
            typeof(DanVan.Domain.Organizations.Post), typeof(DanVan.Domain.Organizations.Person), typeof(DanVan.Domain.Organizations.Appointment),
        ]);

    [Fact]
    public void The_metrics_types_are_among_those_checked() =>
        PublicTypes().Should().Contain(
        [
            typeof(DanVan.Domain.Metrics.MetricCode), typeof(DanVan.Domain.Metrics.MetricDefinition), typeof(DanVan.Domain.Metrics.MetricCatalog),
            typeof(DanVan.Domain.Metrics.ReportingPeriod), typeof(DanVan.Domain.Metrics.Observation), typeof(DanVan.Domain.Metrics.ObservationSubject),
            typeof(DanVan.Domain.Metrics.ObservationSet), typeof(DanVan.Domain.Metrics.MetricAggregator), typeof(DanVan.Domain.Metrics.AggregationQuery),
            typeof(DanVan.Domain.Metrics.AggregationResult), typeof(DanVan.Domain.Metrics.Aggregate), typeof(DanVan.Domain.Metrics.AggregateProvenance),
            typeof(DanVan.Domain.Metrics.Reconciliation), typeof(DanVan.Domain.Metrics.MetricTarget), typeof(DanVan.Domain.Metrics.Attainment),
            typeof(DanVan.Domain.Metrics.MetricRelation), typeof(DanVan.Domain.Metrics.ObservationValidator),
        ]);

    [Fact]
    public void Builders_are_left_out_and_only_builders()
    {
        typeof(ValidationIssue).Assembly.GetExportedTypes().Where(IsBuilder).Select(t => t.Name)
            .Should().BeEquivalentTo("AdministrativeCatalogBuilder", "OrganizationRegistryBuilder", "RegulationCatalogBuilder", "ObservationSetBuilder");
    }

    [Fact]
    public void No_public_type_has_a_public_setter()
    {
        var setters = PublicTypes()
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(property => property.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                .Select(property => $"{type.Name}.{property.Name}"));
        setters.Should().BeEmpty();
    }

    [Fact]
    public void No_public_type_has_a_writable_field()
    {
        var fields = PublicTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(field => !field.IsInitOnly && !IsCache(field))
                .Select(field => $"{type.Name}.{field.Name}"));
        fields.Should().BeEmpty();
    }

    [Fact]
    public void Public_structs_are_readonly()
    {
        PublicTypes().Where(type => type.IsValueType)
            .Where(type => type.GetCustomAttribute<IsReadOnlyAttribute>() is null)
            .Select(type => type.Name)
            .Should().BeEmpty();
    }

    // init accessors only build a new copy (with-expressions); the instance itself never changes.
    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    // A lazily computed hash is allowed (a benign race: every thread computes the same value).
    private static bool IsCache(FieldInfo field) => field.Name == "_hash";
}
