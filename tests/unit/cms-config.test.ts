/**
 * The web editor's configuration (src/lib/cms-config.ts) against the content
 * schemas, read a second, independent way: Zod's own JSON Schema of each
 * collection (the input side, what a file holds). Every schema field must have
 * its editor field, with the same required flag, lengths, bounds and choices;
 * and the editor invents no field the schema does not know.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { z } from 'astro/zod';
import { cmsConfig, collectionSpecs, schemaField, TRANSLATION_FIELD } from '@/lib/cms-config.ts';
import { heroImagePath } from '@/lib/schemas.ts';
import { mdxComponentNames } from '@/components/mdx/names.ts';
import { EDITOR_NOTE_ID } from '@/lib/cms-components.ts';
import { defaultLocale, locales } from '@/i18n/locales.ts';
import { postTagKeys } from '@/config/tags.ts';
import { helpRegionIds } from '@/config/help-lines.ts';
import { contentInventory } from '@/integrations/admin.ts';

const inventory = contentInventory('content');
const config = cmsConfig(inventory, { repo: 'example/site', branch: 'main' });
type Json = Record<string, unknown>;
type ConfigField = Json & {
  name: string;
  widget: string;
  fields?: ConfigField[];
  field?: ConfigField;
  types?: ConfigField[];
};
const collections = config.collections as unknown as (Json & { name: string; fields: ConfigField[] })[];

/** One schema property, with what the JSON Schema says about it. */
interface SchemaProperty {
  path: string;
  schema: Json;
  required: boolean;
}

/** Every property of a JSON Schema object, nested objects, list items and variants (`charts.bars.title`) included. */
function schemaProperties(schema: Json, prefix = ''): SchemaProperty[] {
  const out: SchemaProperty[] = [];
  const variants = (schema.allOf ?? schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (schema.type === 'array' && schema.items) return schemaProperties(schema.items as Json, prefix);
  if (variants && schema.type !== 'object') {
    for (const variant of variants) {
      const tag = (variant.properties as Record<string, Json> | undefined)?.type?.const;
      out.push(...schemaProperties(variant, tag && schema.oneOf ? `${prefix}${String(tag)}.` : prefix));
    }
    return out;
  }
  const required = new Set((schema.required as string[] | undefined) ?? []);
  for (const [name, value] of Object.entries((schema.properties as Record<string, Json>) ?? {})) {
    const path = `${prefix}${name}`;
    if (schema.oneOf === undefined && name === 'type' && value.const !== undefined && prefix) continue;
    out.push({ path, schema: value, required: required.has(name) });
    out.push(...schemaProperties(value, `${path}.`));
  }
  return out;
}

/** Every field of the editor's configuration by dotted path (list variants by their type name). */
function configFields(fields: ConfigField[], prefix = ''): Map<string, ConfigField> {
  const out = new Map<string, ConfigField>();
  for (const field of fields) {
    const path = `${prefix}${field.name}`;
    out.set(path, field);
    if (field.fields) for (const [p, f] of configFields(field.fields, `${path}.`)) out.set(p, f);
    if (field.types)
      for (const variant of field.types)
        for (const [p, f] of configFields(variant.fields ?? [], `${path}.${variant.name}.`)) out.set(p, f);
    if (field.field?.fields) for (const [p, f] of configFields(field.field.fields, `${path}.`)) out.set(p, f);
  }
  return out;
}

const specs = collectionSpecs(inventory);

test('every collection in content/ is in the editor, with the site’s folder layout and every language', () => {
  const folders = readdirSync('content', { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'images')
    .map((e) => e.name)
    .sort();
  assert.deepEqual(collections.map((c) => c.name).sort(), folders);
  for (const collection of collections) {
    assert.equal(collection.folder, `content/${collection.name}`);
    assert.equal(collection.extension, 'mdx');
    assert.equal(collection.i18n, true);
  }
  assert.deepEqual(config.i18n, {
    structure: 'multiple_folders',
    locales: [...locales],
    default_locale: defaultLocale,
    initial_locales: 'default',
  });
});

for (const spec of specs) {
  test(`${spec.name}: every schema field has its editor field, with the schema's rules`, () => {
    const collection = collections.find((c) => c.name === spec.name)!;
    const fields = configFields(collection.fields);
    const json = z.toJSONSchema(spec.schema, { io: 'input', unrepresentable: 'any' }) as Json;
    const properties = schemaProperties(json);
    assert.ok(properties.length > 3, 'the schema has fields');
    for (const { path, schema, required } of properties) {
      // The translation record is kept as it is (a hidden field): npm run translations writes it.
      if (path.startsWith(`${TRANSLATION_FIELD}.`)) continue;
      const field = fields.get(path);
      assert.ok(field, `content/${spec.name}: schema field "${path}" has no field in the editor's configuration`);
      if (path === TRANSLATION_FIELD) {
        assert.equal(field.widget, 'hidden');
        continue;
      }
      const hasDefault = schema.default !== undefined;
      assert.equal(field.required !== false, required && !hasDefault, `${path}: required`);
      if (schema.minLength !== undefined) assert.equal(field.minlength, schema.minLength, `${path}: minlength`);
      if (schema.maxLength !== undefined) assert.equal(field.maxlength, schema.maxLength, `${path}: maxlength`);
      if (schema.type === 'array') {
        const target = field.widget === 'list' || field.widget === 'select' ? field : undefined;
        assert.ok(target, `${path}: a list`);
        if (schema.minItems !== undefined) assert.equal(field.min, schema.minItems, `${path}: fewest items`);
        if (schema.maxItems !== undefined) assert.equal(field.max, schema.maxItems, `${path}: most items`);
      }
      if (schema.enum) assert.deepEqual(field.options, schema.enum, `${path}: choices`);
      const items = schema.items as Json | undefined;
      if (items?.enum) assert.deepEqual(field.options, items.enum, `${path}: choices`);
      if (schema.type === 'integer' || schema.type === 'number') {
        assert.equal(field.widget, 'number', path);
        assert.equal(field.value_type, schema.type === 'integer' ? 'int' : 'float', `${path}: whole numbers`);
        if (schema.minimum !== undefined) assert.equal(field.min, schema.minimum, `${path}: minimum`);
        if (schema.exclusiveMinimum !== undefined) assert.equal(field.min, (schema.exclusiveMinimum as number) + 1);
        if (typeof schema.maximum === 'number' && schema.maximum < Number.MAX_SAFE_INTEGER)
          assert.equal(field.max, schema.maximum, `${path}: maximum`);
      }
      if (schema.type === 'boolean') assert.equal(field.widget, 'boolean', path);
      // A name of another entry is offered as a choice of the entries that exist; other patterns are checked as typed.
      if (typeof schema.pattern === 'string' && field.widget !== 'select')
        assert.equal((field.pattern as string[])[0], schema.pattern, path);
    }
    // Nothing the schema does not know, besides the text itself.
    const known = new Set(properties.map((p) => p.path));
    for (const path of fields.keys()) {
      if (path === 'body' || path.startsWith(`${TRANSLATION_FIELD}.`)) continue;
      const variantFree = path.replace(/^charts\.(bars|waffle)$/, 'charts');
      assert.ok(
        known.has(variantFree) || known.has(path),
        `content/${spec.name}: editor field "${path}" is not in the schema`,
      );
    }
  });
}

test('fields checked in code get their choices: tags, campaigns, regions, entries', () => {
  const fields = (name: string) => configFields(collections.find((c) => c.name === name)!.fields);
  const posts = fields('posts');
  assert.deepEqual(posts.get('tags')!.options, [...postTagKeys]);
  assert.equal(posts.get('tags')!.multiple, true);
  assert.deepEqual(posts.get('campaign')!.options, inventory.campaigns);
  assert.ok(inventory.campaigns.includes('stockton'));
  assert.equal(posts.get('hero.image')!.widget, 'image');
  assert.equal(posts.get('published')!.widget, 'datetime');
  assert.equal(posts.get('draft')!.default, false);
  const campaigns = fields('campaigns');
  assert.deepEqual(campaigns.get('region')!.options, [...helpRegionIds]);
  assert.deepEqual(campaigns.get('signs')!.options, inventory.signs);
  assert.deepEqual([campaigns.get('signs')!.min, campaigns.get('signs')!.max], [3, 3]);
  // Language-neutral values are copied from the English file into every translation.
  for (const name of ['region', 'status', 'featured', 'signs'])
    assert.equal(campaigns.get(name)!.i18n, 'duplicate', name);
  assert.deepEqual(fields('signs').get('related')!.options, inventory.signs);
  assert.deepEqual(fields('stats').get('supersededBy')!.options, inventory.stats);
});

test("a text offers exactly the content guard's components and notes for editors, no code blocks or pictures", () => {
  for (const collection of collections) {
    const body = collection.fields.find((f) => f.name === 'body')!;
    assert.equal(body.widget, 'richtext');
    assert.deepEqual(body.editor_components, [...mdxComponentNames, EDITOR_NOTE_ID]);
  }
});

test('the walker stops at a field it cannot describe, naming it', () => {
  const ctx = { collection: 'posts', path: 'mood', choices: {} };
  assert.throws(
    () =>
      schemaField(
        'mood',
        z.string().superRefine(() => undefined),
        ctx,
      ),
    /content\/posts field "mood"/,
  );
  assert.throws(() => schemaField('mood', z.map(z.string(), z.string()), ctx), /Zod type "map"/);
  assert.deepEqual(schemaField('hero', heroImagePath, { ...ctx, path: 'hero' }), {
    name: 'hero',
    label: 'Picture',
    widget: 'image',
    choose_url: false,
    accept: 'image/jpeg,image/png,image/webp',
    i18n: 'duplicate',
  });
});

test('the backend names the repository and branch it commits to', () => {
  const backend = config.backend as { name: string; repo?: string; branch?: string };
  assert.deepEqual(
    { name: backend.name, repo: backend.repo, branch: backend.branch },
    { name: 'github', repo: 'example/site', branch: 'main' },
  );
  const withHelper = cmsConfig(inventory, { repo: 'a/b', branch: 'main', authUrl: 'https://auth.example.org' });
  assert.equal((withHelper.backend as { base_url?: string }).base_url, 'https://auth.example.org');
});
