using System.Text.Json.Serialization;

namespace DanVan.Domain.Organizations;

/// <summary>
/// Chức vụ: a position in a body that exists whether or not anyone holds it (a Popolo Post): "Bí thư Huyện ủy Thường
/// Tín", "Trưởng Ban Dân vận Huyện ủy Thường Tín", "Chủ tịch UBND xã Quang Sơn", "Ủy viên Ban Thường vụ Thành ủy Hà Nội".
/// </summary>
/// <remarks>Immutable and thread-safe; equality by <see cref="Id"/> and label.</remarks>
/// <example>
/// <code>
/// var post = new Post(danVanCommission, PostRole.Head);
/// post.Label;            // "Trưởng Ban Dân vận Huyện ủy Thường Tín"
/// post.Id;               // "279/danvan-commission#head"
/// post.IsSingleHolder;   // true
/// </code>
/// </example>
[JsonConverter(typeof(PostJsonConverter))]
public sealed class Post : IEquatable<Post>
{
    /// <summary>The post of <paramref name="role"/> in <paramref name="organization"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> is null.</exception>
    /// <exception cref="ArgumentException">Bodies of that kind have no such post (a Ban Thường vụ has no head of its own: the Bí thư heads the committee).</exception>
    public Post(Organization organization, PostRole role)
    {
        ArgumentNullException.ThrowIfNull(organization);
        Title = TitleOf(organization.Kind, role) ??
            throw new ArgumentException($"A {organization.Kind.Info().EnglishName} has no {role} post.", nameof(role));
        OrganizationId = organization.Id;
        Role = role;
        Label = Title + " " + organization.Name;
        ShortLabel = organization.ShortName is { } shortName ? Title + " " + shortName : null;
    }

    /// <summary>"279/danvan-commission#head": the body's identifier, '#', and the role in kebab case.</summary>
    public string Id => OrganizationId + "#" + Slug(Role);

    /// <summary>The body.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>The role.</summary>
    public PostRole Role { get; }

    /// <summary>The title alone: "Trưởng", "Bí thư", "Chủ tịch".</summary>
    public string Title { get; }

    /// <summary>The title and the body's name: "Trưởng Ban Dân vận Huyện ủy Thường Tín".</summary>
    public string Label { get; }

    /// <summary>The title and the body's short name: "Chủ tịch UBND xã Quang Sơn"; null when the body has none.</summary>
    public string? ShortLabel { get; }

    /// <summary>True when one person holds it at a time (head, standing deputy); appointments must not overlap.</summary>
    public bool IsSingleHolder => IsSingleHolderRole(Role);

    /// <summary>The title of <paramref name="role"/> in bodies of <paramref name="kind"/>; null when they have no such post.</summary>
    public static string? TitleOf(OrganizationKind kind, PostRole role)
    {
        var info = OrganizationKinds.Get(kind);
        return role switch
        {
            PostRole.Head => info.HeadTitle,
            PostRole.StandingDeputyHead => info.DeputyTitle is { } deputy ? deputy + " Thường trực" : null,
            PostRole.DeputyHead => info.DeputyTitle,
            PostRole.Member => info.MemberTitle,
            _ => null,
        };
    }

    /// <summary>True when one person holds a post of <paramref name="role"/> at a time.</summary>
    public static bool IsSingleHolderRole(PostRole role) => role is PostRole.Head or PostRole.StandingDeputyHead;

    /// <inheritdoc />
    public bool Equals(Post? other) => other is not null && OrganizationId == other.OrganizationId && Role == other.Role && Label == other.Label;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Post);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OrganizationId, Role);

    /// <summary>The label.</summary>
    public override string ToString() => Label;

    internal static string Slug(PostRole role) => role switch
    {
        PostRole.Head => "head",
        PostRole.StandingDeputyHead => "standing-deputy-head",
        PostRole.DeputyHead => "deputy-head",
        _ => "member",
    };
}
