using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Domain.Organizations;

/// <summary>
/// JSON for <see cref="Post"/>: <c>{"id":"279/danvan-commission#head","organizationId":"279/danvan-commission",
/// "role":"head","title":"Trưởng","label":"Trưởng Ban Dân vận Huyện ủy Thường Tín"}</c>.
/// </summary>
/// <remarks>
/// A post is made from its body, which the JSON does not hold: on read, the body's name is what follows the title in the
/// label (and its short name what follows it in <c>shortLabel</c>). <c>id</c> and <c>title</c> are derived and ignored
/// on read; a role the kind has no post for, or a label that does not start with the title, is a <see cref="JsonException"/>.
/// </remarks>
internal sealed class PostJsonConverter : JsonConverter<Post>
{
    private static readonly byte[][] Names = ["organizationId"u8.ToArray(), "role"u8.ToArray(), "label"u8.ToArray(), "shortLabel"u8.ToArray()];

    public override Post Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        OrganizationJson.ExpectStartObject(ref reader, "a post");
        OrganizationId? organizationId = null;
        PostRole? role = null;
        string? label = null, shortLabel = null;
        OrganizationJson.ReadProperties(ref reader, Names, (ref Utf8JsonReader r, int property) =>
        {
            switch (property)
            {
                case 0: organizationId = OrganizationJson.ReadId(ref r); break;
                case 1: role = OrganizationJson.ReadEnum<PostRole>(ref r); break;
                case 2: label = OrganizationJson.ReadString(ref r, "label"); break;
                default: shortLabel = OrganizationJson.ReadOptionalString(ref r, "shortLabel"); break;
            }
        });

        var id = organizationId ?? throw new JsonException("A post needs an 'organizationId'.");
        var postRole = role ?? throw new JsonException("A post needs a 'role'.");
        var title = Post.TitleOf(id.Kind, postRole)
            ?? throw new JsonException($"'role': a {id.Kind.Info().EnglishName} has no {OrganizationJson.EnumName(postRole)} post.");
        try
        {
            var name = AfterTitle(label ?? throw new JsonException("A post needs a 'label'."), title)
                ?? throw new JsonException($"'label': the label must be the title '{title}' followed by the body's name.");
            var shortName = shortLabel is null ? null : AfterTitle(shortLabel, title)
                ?? throw new JsonException($"'shortLabel': the short label must be the title '{title}' followed by the body's short name.");
            return new Post(new Organization(id, name, shortName), postRole);
        }
        catch (ArgumentException exception)
        {
            throw OrganizationJson.Invalid("post", exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, Post value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("id"u8, value.Id);
        OrganizationJson.WriteId(writer, "organizationId"u8, value.OrganizationId);
        OrganizationJson.WriteEnum(writer, "role"u8, value.Role);
        writer.WriteString("title"u8, value.Title);
        writer.WriteString("label"u8, value.Label);
        OrganizationJson.WriteIfPresent(writer, "shortLabel"u8, value.ShortLabel);
        writer.WriteEndObject();
    }

    // "Trưởng Ban Dân vận Huyện ủy Thường Tín" → "Ban Dân vận Huyện ủy Thường Tín"; null when it does not start with the title.
    private static string? AfterTitle(string label, string title)
    {
        var text = Text.VietnameseNormalization.Normalize(label.Trim());
        return text.Length > title.Length + 1 && text.StartsWith(title, StringComparison.Ordinal) && text[title.Length] == ' '
            ? text[(title.Length + 1)..]
            : null;
    }
}
