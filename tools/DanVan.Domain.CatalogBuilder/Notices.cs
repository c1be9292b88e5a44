using System.Text;

namespace DanVan.Domain.CatalogBuilder;

/// <summary>Writes THIRD-PARTY-NOTICES.txt from the MIT licence texts shipped with the source data.</summary>
internal static class Notices
{
    internal static void Write(string dataDirectory, string path)
    {
        var licences = Directory.GetFiles(Path.Combine(dataDirectory, "LICENSES"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        if (licences.Length == 0)
        {
            throw new InvalidDataException($"No licence texts in {Path.Combine(dataDirectory, "LICENSES")}.");
        }

        var text = new StringBuilder();
        text.AppendLine("THIRD-PARTY NOTICES for DanVan.Domain");
        text.AppendLine();
        text.AppendLine("The administrative unit catalog embedded in DanVan.Domain is derived from data published under the MIT");
        text.AppendLine("licence by the projects below (official code lists of the General Statistics Office of Vietnam, put in");
        text.AppendLine("machine-readable form). Their notices follow.");
        foreach (var licence in licences)
        {
            text.AppendLine();
            text.AppendLine(new string('=', 78));
            text.AppendLine(Path.GetFileNameWithoutExtension(licence).Replace(".MIT", string.Empty, StringComparison.Ordinal));
            text.AppendLine(new string('=', 78));
            text.AppendLine(File.ReadAllText(licence, Encoding.UTF8).TrimEnd());
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }
}
