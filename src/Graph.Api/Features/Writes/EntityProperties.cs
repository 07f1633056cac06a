using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Api.Problems;
using Graph.Seeding.Import;
using Graph.Seeding.Schema;

namespace Graph.Api.Features.Writes;

/// <summary>Checks an entity write against the seed schema and turns it into the property map the statements SET.</summary>
internal static partial class EntityProperties
{
    public static Dictionary<string, object?> ForCreate(LabelSchema label, EntityWrite write, ReportEvidence evidence)
    {
        if (string.IsNullOrEmpty(write.Id) || !IdPattern().IsMatch(write.Id) || !write.Id.StartsWith(label.Prefix + "-", StringComparison.Ordinal))
        {
            throw new RequestParameterException("id", $"must be '{label.Prefix}-' followed by a lower-case ASCII slug (a-z, 0-9, single dashes) for a {label.Label}.");
        }

        if (string.IsNullOrWhiteSpace(write.Name))
        {
            throw new RequestParameterException("name", "a non-empty name is required.");
        }

        evidence.Check(write.Evidence, write.Line);
        var props = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = write.Id,
            ["name"] = write.Name.Trim(),
            ["aliases"] = Aliases(write.Aliases) ?? [],
            ["description"] = string.IsNullOrWhiteSpace(write.Description) ? null : write.Description.Trim(),
            ["evidence"] = write.Evidence,
            ["line"] = write.Line,
        };
        AddExtras(label, write.Properties, props, creating: true);
        foreach (var key in props.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            props.Remove(key);
        }

        return props;
    }

    public static Dictionary<string, object?> ForPatch(LabelSchema label, EntityPatch patch, ReportEvidence evidence)
    {
        var props = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (patch.Name is not null)
        {
            props["name"] = string.IsNullOrWhiteSpace(patch.Name) ? throw new RequestParameterException("name", "cannot be empty.") : patch.Name.Trim();
        }

        if (Aliases(patch.Aliases) is { } aliases)
        {
            props["aliases"] = aliases;
        }

        if (patch.Description is not null)
        {
            props["description"] = string.IsNullOrWhiteSpace(patch.Description) ? null : patch.Description.Trim();
        }

        if (patch.Evidence is not null || patch.Line is not null)
        {
            evidence.Check(patch.Evidence, patch.Line);
            props["evidence"] = patch.Evidence;
            props["line"] = patch.Line;
        }

        AddExtras(label, patch.Properties, props, creating: false);
        return props.Count > 0 ? props : throw new RequestParameterException("body", "names nothing to change.");
    }

    private static List<object?>? Aliases(IReadOnlyList<string>? aliases) =>
        aliases?.Select(a => a?.Trim()).Where(a => !string.IsNullOrEmpty(a)).Distinct(StringComparer.Ordinal).Cast<object?>().ToList();

    private static void AddExtras(LabelSchema label, IReadOnlyDictionary<string, JsonElement>? given, Dictionary<string, object?> props, bool creating)
    {
        given ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var key in given.Keys)
        {
            if (!label.Extras.Any(c => string.Equals(c.Name, key, StringComparison.Ordinal)))
            {
                var known = label.Extras.Count == 0 ? "none" : string.Join(", ", label.Extras.Select(c => c.Name));
                throw new RequestParameterException($"properties.{key}", $"is not a property of {label.Label} (its own properties: {known}).");
            }
        }

        foreach (var column in label.Extras)
        {
            if (given.TryGetValue(column.Name, out var element))
            {
                props[column.Name] = Value(column, element);
            }
            else if (creating && column.Required)
            {
                throw new RequestParameterException($"properties.{column.Name}", $"is required for a {label.Label}.");
            }
        }
    }

    private static object? Value(ColumnSchema column, JsonElement element)
    {
        var name = $"properties.{column.Name}";
        if (element.ValueKind == JsonValueKind.Null)
        {
            return column.Required ? throw new RequestParameterException(name, "is required and cannot be removed.") : null;
        }

        object value = column.Type switch
        {
            ImportValueType.String when element.ValueKind == JsonValueKind.String => element.GetString()!,
            ImportValueType.Int or ImportValueType.Long when element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var l) => l,
            ImportValueType.Double or ImportValueType.Float when element.ValueKind == JsonValueKind.Number => element.GetDouble(),
            ImportValueType.Boolean when element.ValueKind is JsonValueKind.True or JsonValueKind.False => element.GetBoolean(),
            _ => throw new RequestParameterException(name, $"must be a {column.Type.ToString().ToLowerInvariant()}."),
        };
        if (column.Allowed is { } allowed && !allowed.Contains(value as string ?? string.Empty, StringComparer.Ordinal))
        {
            throw new RequestParameterException(name, $"must be one of {string.Join(", ", allowed)}.");
        }

        return value;
    }

    [GeneratedRegex("^[a-z]+(-[a-z0-9]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
