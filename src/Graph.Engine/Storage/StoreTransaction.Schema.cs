using System.Globalization;
using Graph.Core.Errors;
using Graph.Engine.Ast;

namespace Graph.Engine.Storage;

/// <summary>Schema commands: they build a new <see cref="SchemaState"/> that commit publishes.</summary>
internal sealed partial class StoreTransaction
{
    /// <summary>Creates an index; false when an equivalent one exists and <paramref name="ifNotExists"/> is set.</summary>
    public bool CreateIndex(
        string? name,
        AstIndexKind kind,
        AstSchemaEntityKind entity,
        IReadOnlyList<string> labels,
        IReadOnlyList<string> properties,
        bool ifNotExists,
        string? owningConstraint = null)
    {
        RequireWritable();
        var schema = Schema;
        foreach (var existing in schema.Indexes)
        {
            var equivalent = existing.Kind == kind && existing.EntityKind == entity
                && existing.LabelsOrTypes.SequenceEqual(labels, StringComparer.Ordinal)
                && existing.Properties.SequenceEqual(properties, StringComparer.Ordinal);
            if (equivalent || (name is not null && string.Equals(existing.Name, name, StringComparison.Ordinal)))
            {
                if (ifNotExists)
                {
                    return false;
                }

                throw equivalent
                    ? new ClientException(StatusCodes.EquivalentSchemaRuleAlreadyExists, $"An equivalent index already exists, '{existing.Name}'.")
                    : new ClientException("Neo.ClientError.Schema.IndexWithNameAlreadyExists", $"There already exists an index called '{name}'.");
            }
        }

        name ??= GeneratedName("index", kind, entity, labels, properties);
        var descriptor = new IndexDescriptor(schema.NextId, name, kind, entity, labels, properties, owningConstraint);
        if (entity == AstSchemaEntityKind.Node && kind is AstIndexKind.Range or AstIndexKind.Text && labels.Count == 1 && properties.Count == 1)
        {
            var label = Store.Labels.GetOrAdd(labels[0]);
            var index = new PropertyIndex(label, Store.Keys.GetOrAdd(properties[0]), expectedNodes: LabelCandidates(label)?.Count ?? 0);
            Populate(index);
            descriptor = descriptor with { Property = index };
        }
        else if (entity == AstSchemaEntityKind.Node && kind == AstIndexKind.Fulltext)
        {
            var index = new FullTextIndex(
                name,
                [.. labels.Select(Store.Labels.GetOrAdd).Order()],
                [.. properties.Select(Store.Keys.GetOrAdd)]);
            Populate(index);
            descriptor = descriptor with { FullText = index };
        }

        ChangeSchema(schema.With([.. schema.Indexes, descriptor], schema.Constraints));
        return true;
    }

    public bool DropIndex(string name, bool ifExists)
    {
        RequireWritable();
        var schema = Schema;
        var index = schema.Indexes.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.Ordinal));
        if (index is null || index.OwningConstraint is not null)
        {
            if (ifExists && index is null)
            {
                return false;
            }

            throw new ClientException(
                StatusCodes.IndexNotFound,
                index is null
                    ? $"Unable to drop index called `{name}`. There is no such index."
                    : $"Unable to drop index: Index belongs to constraint: `{index.OwningConstraint}`");
        }

        ChangeSchema(schema.With([.. schema.Indexes.Where(i => !ReferenceEquals(i, index))], schema.Constraints));
        return true;
    }

    public bool CreateConstraint(
        string? name,
        AstConstraintKind kind,
        AstSchemaEntityKind entity,
        string label,
        IReadOnlyList<string> properties,
        string? propertyType,
        bool ifNotExists)
    {
        RequireWritable();
        var schema = Schema;
        foreach (var existing in schema.Constraints)
        {
            var equivalent = existing.Kind == kind && existing.EntityKind == entity
                && string.Equals(existing.Label, label, StringComparison.Ordinal)
                && existing.Properties.SequenceEqual(properties, StringComparer.Ordinal);
            if (equivalent || (name is not null && string.Equals(existing.Name, name, StringComparison.Ordinal)))
            {
                if (ifNotExists)
                {
                    return false;
                }

                throw equivalent
                    ? new ClientException(StatusCodes.EquivalentSchemaRuleAlreadyExists, $"An equivalent constraint already exists, '{existing.Name}'.")
                    : new ClientException("Neo.ClientError.Schema.ConstraintWithNameAlreadyExists", $"There already exists a constraint called '{name}'.");
            }
        }

        name ??= GeneratedName("constraint", kind, entity, [label], properties);
        string? owned = null;
        if (kind is AstConstraintKind.Unique or AstConstraintKind.NodeKey)
        {
            CreateIndex(name, AstIndexKind.Range, entity, [label], properties, ifNotExists: false, owningConstraint: name);
            owned = name;
        }

        var descriptor = new ConstraintDescriptor(Schema.NextId, name, kind, entity, label, properties, propertyType, owned);
        var before = Schema;
        ChangeSchema(before.With(before.Indexes, [.. before.Constraints, descriptor]));
        try
        {
            ValidateExisting(descriptor);
        }
        catch (ConstraintViolationException e)
        {
            throw new ClientException(StatusCodes.ConstraintCreationFailed, $"Unable to create constraint {name}: {e.Message}", null, e);
        }

        return true;
    }

    public bool DropConstraint(string name, bool ifExists)
    {
        RequireWritable();
        var schema = Schema;
        var constraint = schema.Constraints.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
        if (constraint is null)
        {
            if (ifExists)
            {
                return false;
            }

            throw new ClientException("Neo.ClientError.Schema.ConstraintDropFailed", $"Unable to drop constraint `{name}`: No such constraint {name}.");
        }

        ChangeSchema(schema.With(
            [.. schema.Indexes.Where(i => !string.Equals(i.OwningConstraint, name, StringComparison.Ordinal))],
            [.. schema.Constraints.Where(c => !ReferenceEquals(c, constraint))]));
        return true;
    }

    private void ChangeSchema(SchemaState next)
    {
        _undo.Add(new UndoEntry(UndoKind.Schema, this, Schema));
        Schema = next;
        _schemaChanged = true;
    }

    private void ValidateExisting(ConstraintDescriptor constraint)
    {
        var label = Store.Labels.GetOrAdd(constraint.Label);
        var ids = Store.LabelIndex.Candidates(label);
        if (ids is null)
        {
            return;
        }

        var count = ids.Count;
        var items = ids.Items;
        for (var i = 0; i < count; i++)
        {
            var record = Store.Node(items[i])!;
            var v = LiveNode(record.Id);
            if (v is not null && v.HasLabel(label))
            {
                CheckNodeConstraints(record, v);
                if (constraint.Kind is AstConstraintKind.NotNull or AstConstraintKind.NodeKey
                    && constraint.Properties.Any(p => v.Properties.Get(Store.Keys.GetOrAdd(p)) is null))
                {
                    throw new ConstraintViolationException($"Node({record.Id}) with label `{constraint.Label}` must have the properties ({string.Join(", ", constraint.Properties)})");
                }
            }
        }
    }

    private void Populate(PropertyIndex index)
    {
        ForEachLiveNodeWith(index.Label, (id, v) => index.Add(v.Properties.Get(index.Key), id));
    }

    private void Populate(FullTextIndex index)
    {
        foreach (var label in index.Labels)
        {
            ForEachLiveNodeWith(label, (id, v) =>
            {
                foreach (var key in index.Keys)
                {
                    foreach (var text in FullTextValues.Texts(v.Properties.Get(key)))
                    {
                        index.Add(id, text);
                    }
                }
            });
        }
    }

    private void ForEachLiveNodeWith(int label, Action<long, NodeVersion> action)
    {
        var ids = Store.LabelIndex.Candidates(label);
        if (ids is null)
        {
            return;
        }

        var count = ids.Count;
        var items = ids.Items;
        for (var i = 0; i < count; i++)
        {
            var v = LiveNode(items[i]);
            if (v is not null && v.HasLabel(label))
            {
                action(items[i], v);
            }
        }
    }

    private static string GeneratedName(string prefix, object kind, AstSchemaEntityKind entity, IReadOnlyList<string> labels, IReadOnlyList<string> properties)
    {
        // FNV-1a over the rule's description: stable across runs, like Neo4j's generated names.
        var text = string.Join("|", [prefix, kind.ToString()!, entity.ToString(), .. labels, "/", .. properties]);
        var hash = 2166136261u;
        foreach (var ch in text)
        {
            hash = (hash ^ ch) * 16777619u;
        }

        return prefix + "_" + hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
