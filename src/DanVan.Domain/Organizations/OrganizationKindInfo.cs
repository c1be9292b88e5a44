using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>
/// The description of one <see cref="OrganizationKind"/>: pillar, names, abbreviations, the levels and periods where it
/// exists, and the titles of its posts. Get it from <see cref="OrganizationKinds.Get"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OrganizationKindInfo
{
    internal OrganizationKindInfo(
        OrganizationKind kind,
        OrganizationCategory category,
        string slug,
        string vietnameseName,
        string englishName,
        string[] abbreviations,
        KindPresence[] presences,
        NameStyle style,
        string namePrefix,
        string? shortPrefix,
        (string Name, string? ShortName, string EnglishName)? central,
        (string? Head, string? Deputy, string? Member) titles)
    {
        Kind = kind;
        Category = category;
        Slug = slug;
        VietnameseName = vietnameseName;
        EnglishName = englishName;
        Abbreviations = Array.AsReadOnly(abbreviations);
        Presences = Array.AsReadOnly(presences);
        Style = style;
        NamePrefix = namePrefix;
        ShortPrefix = shortPrefix;
        CentralName = central?.Name;
        CentralShortName = central?.ShortName;
        CentralEnglishName = central?.EnglishName;
        HeadTitle = titles.Head;
        DeputyTitle = titles.Deputy;
        MemberTitle = titles.Member;
    }

    /// <summary>The kind.</summary>
    public OrganizationKind Kind { get; }

    /// <summary>The pillar it belongs to.</summary>
    public OrganizationCategory Category { get; }

    /// <summary>The stable kebab-case word used in <see cref="OrganizationId"/>s: "party-committee".</summary>
    public string Slug { get; }

    /// <summary>The Vietnamese generic name: "cấp ủy", "Ban Dân vận", "Hội đồng nhân dân".</summary>
    public string VietnameseName { get; }

    /// <summary>The English generic name: "Party Committee", "Mass Mobilization Commission".</summary>
    public string EnglishName { get; }

    /// <summary>Abbreviations in common use: "HĐND", "UBND", "BTV".</summary>
    public IReadOnlyList<string> Abbreviations { get; }

    /// <summary>Where and when the kind exists, one entry per level.</summary>
    public IReadOnlyList<KindPresence> Presences { get; }

    /// <summary>The levels where the kind exists at some time.</summary>
    public IEnumerable<OrganizationLevel> Levels => Presences.Select(presence => presence.Level);

    /// <summary>The name of the one central body of this kind ("Ban Dân vận Trung ương"); null when the kind has none.</summary>
    public string? CentralName { get; }

    /// <summary>The title of the head of a body of this kind: "Bí thư", "Trưởng", "Chủ tịch"; null when the body has no head of its own.</summary>
    public string? HeadTitle { get; }

    /// <summary>The title of a deputy head: "Phó Bí thư", "Phó Trưởng", "Phó Chủ tịch"; null when there is none.</summary>
    public string? DeputyTitle { get; }

    /// <summary>The title of an ordinary member: "Ủy viên", "Thành viên", "Đại biểu"; null when there is none.</summary>
    public string? MemberTitle { get; }

    internal NameStyle Style { get; }

    internal string NamePrefix { get; }

    internal string? ShortPrefix { get; }

    internal string? CentralShortName { get; }

    internal string? CentralEnglishName { get; }

    /// <summary>The presence at <paramref name="level"/>; null when the kind never exists there.</summary>
    public KindPresence? PresenceAt(OrganizationLevel level)
    {
        foreach (var presence in Presences)
        {
            if (presence.Level == level)
            {
                return presence;
            }
        }

        return null;
    }

    /// <summary>True when the kind exists at <paramref name="level"/> at some time.</summary>
    public bool ExistsAt(OrganizationLevel level) => PresenceAt(level) is not null;

    /// <summary>True when the kind exists at <paramref name="level"/> on <paramref name="date"/>.</summary>
    public bool ExistsOn(OrganizationLevel level, LocalDate date) => PresenceAt(level)?.Covers(date) == true;

    /// <summary>The Vietnamese generic name.</summary>
    public override string ToString() => VietnameseName;
}
