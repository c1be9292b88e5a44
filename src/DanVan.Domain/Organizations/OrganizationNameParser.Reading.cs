using DanVan.Domain.Administration;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>What the parser builds as it reads: where a unit was found, and the reading of (part of) a name.</summary>
internal sealed partial class OrganizationNameParser
{
    /// <summary>Where a name's unit was found, or why not.</summary>
    private sealed class Place(Outcome outcome, AdministrativeUnit? unit, List<AdministrativeUnit> units, ValidationIssue? issue, bool grassroots)
    {
        internal static Place Central { get; } = new(Outcome.Central, null, [], null, false);

        internal Outcome Outcome { get; } = outcome;

        /// <summary>The unit, when one was found (on the date, or on <see cref="OtherDate"/>).</summary>
        internal AdministrativeUnit? Unit { get; } = unit;

        /// <summary>The units that fit equally well, or that the text names when it fails.</summary>
        internal List<AdministrativeUnit> Units { get; } = units;

        /// <summary>Why it failed, or a warning.</summary>
        internal ValidationIssue? Issue { get; } = issue;

        /// <summary>The body is a grassroots body attached to the commune found.</summary>
        internal bool Grassroots { get; } = grassroots;

        internal LocalDate OtherDate { get; init; }

        internal OrganizationNameStatus FailedStatus { get; init; }

        internal static Place Found(AdministrativeUnit unit, bool grassroots, ValidationIssue? warning = null) =>
            new(Outcome.Found, unit, [unit], warning, grassroots);

        internal static Place Failed(OrganizationNameStatus status, ValidationIssue issue, List<AdministrativeUnit> units) =>
            new(Outcome.Failed, null, units, issue, false) { FailedStatus = status };
    }

    /// <summary>One reading of (part of) the name, built up as the parser goes.</summary>
    private sealed class Reading
    {
        internal OrganizationNameStatus Status { get; set; }

        internal OrganizationKind? Kind { get; set; }

        internal OrganizationLevel? Level { get; set; }

        internal AdministrativeUnit? Unit { get; set; }

        internal int? Number { get; set; }

        internal string? Locality { get; set; }

        internal Organization? Organization { get; set; }

        internal OrganizationKind? ConvenerKind { get; set; }

        internal Organization? Convener { get; set; }

        internal List<AdministrativeUnit> Alternatives { get; } = [];

        internal ValidationIssue? Issue { get; set; }

        internal LocalDate? SuggestedDate { get; set; }

        /// <summary>Where the unit was found, for a body named after this one to reuse.</summary>
        internal Place? Place { get; set; }

        /// <summary>The kind's name ended the text: "Ban Dân vận", "Hội Nông dân".</summary>
        internal bool NamesNoUnit { get; set; }

        /// <summary>This reading's outcome for a body of <paramref name="kind"/> named after it.</summary>
        internal Reading WithKind(OrganizationKind kind)
        {
            var copy = (Reading)MemberwiseClone();
            copy.Kind = kind;
            copy.Organization = null;
            copy.Convener = null;
            copy.ConvenerKind = null;
            return copy;
        }
    }
}
