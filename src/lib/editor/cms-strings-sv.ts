/**
 * Swedish for the editor's strings that the CMS's own Swedish locale file (sv.json of the pinned
 * @sveltia/cms) lacks or leaves in English: without them the CMS shows its English words ("Show
 * Errors", "List Item Options") inside the Swedish editor. Keys are dotted for nested ones; the
 * placeholders ({$name}) and the plural forms (.input … .match) are the CMS's own message syntax.
 * src/lib/editor/cms-strings.ts adds them to the locale file the site serves, and fails the build
 * when a new CMS version brings a string that is in neither. Pure data.
 */

/** Keys the CMS's sv.json does not have at all, in the order of its English file. */
export const MISSING_SWEDISH: Record<string, string> = {
  select_item: 'Välj {$name}',
  folders: 'Mappar',
  more_folders: 'Fler mappar',
  sign_in_using_access_token_workflow_note:
    'Eftersom redaktionellt arbetsflöde är påslaget måste den också få läsa och skriva ändringsförslag (pull requests).',
  sign_in_with_link: 'Logga in med en länk',
  sign_in_with_link_confirmation:
    'Länken loggar in dig som {$account} hos {$service} och tar med inställningarna från enheten där den skapades. Fortsätt bara om du själv har skapat länken.',
  domain: 'Domän',
  file_unavailable: 'Går inte att visa',
  file_unavailable_description:
    'Filen gick inte att läsa in. Den kan ha flyttats eller tagits bort.',
  back_to_parent_folder: 'Tillbaka till mappen ovanför',
  new_folder: 'Ny mapp',
  new_folder_name: 'Mappens namn',
  new_folder_create: 'Skapa',
  new_folder_description: 'Den nya mappen skapas i ”{$folder}”.',
  'new_folder_error.empty': 'Mappen måste ha ett namn.',
  'new_folder_error.invalid':
    'Mappens namn får inte innehålla snedstreck eller börja med en punkt.',
  'new_folder_error.duplicate': 'Det finns redan en mapp eller fil med det namnet här.',
  creating_folder: 'Skapar mappen…',
  creating_folder_failed: 'Mappen gick inte att skapa.',
  folder_options: 'Val för mappen',
  show_folder_options: 'Visa val för mappen',
  rename_folder: 'Byt namn på mappen',
  delete_folder: 'Ta bort mappen',
  enter_new_name_for_folder:
    '.input {$count :integer} .match $count 0 {{Skriv ett nytt namn nedan.}} one {{Skriv ett nytt namn nedan. Resursen i mappen flyttas med, och poster som använder den uppdateras.}} * {{Skriv ett nytt namn nedan. De {$count} resurserna i mappen flyttas med, och poster som använder dem uppdateras.}}',
  enter_new_name_for_external_folder:
    '.input {$count :integer} .match $count 0 {{Skriv ett nytt namn nedan.}} one {{Skriv ett nytt namn nedan. Filen i mappen flyttas med och får en ny adress, så ändra poster som använder den.}} * {{Skriv ett nytt namn nedan. De {$count} filerna i mappen flyttas med och får nya adresser, så ändra poster som använder dem.}}',
  confirm_deleting_folder:
    '.input {$count :integer} .match $count 0 {{Vill du ta bort den tomma mappen ”{$name}”?}} one {{Vill du ta bort mappen ”{$name}” och resursen i den?}} * {{Vill du ta bort mappen ”{$name}” och de {$count} resurserna i den?}}',
  renaming_folder: 'Byter namn på mappen…',
  renaming_folder_failed: 'Det gick inte att byta namn på mappen.',
  deleting_folder: 'Tar bort mappen…',
  deleting_folder_failed: 'Mappen gick inte att ta bort.',
  replace_file: 'Byt fil',
  replace_image: 'Byt bild',
  remove_file: 'Ta bort filen',
  remove_image: 'Ta bort bilden',
  deleting_referenced_assets_note:
    '.input {$count :integer} .match $count one {{Hänvisningen till den i en post tas också bort.}} * {{Hänvisningarna till den i {$count} poster tas också bort.}}',
  cannot_delete_referenced_assets:
    '.input {$count :integer} .match $count one {{Resursen kan inte tas bort, eftersom fälten nedan i posterna som använder den inte längre skulle vara giltiga utan den. Ändra de posterna först.}} * {{Resurserna kan inte tas bort, eftersom fälten nedan i posterna som använder dem inte längre skulle vara giltiga utan dem. Ändra de posterna först.}}',
  deleting_referenced_entries_note:
    '.input {$count :integer} .match $count one {{Hänvisningen till den i en annan post tas också bort.}} * {{Hänvisningarna till den i {$count} andra poster tas också bort.}}',
  cannot_delete_referenced_entries:
    '.input {$count :integer} .match $count one {{Posten kan inte tas bort, eftersom fälten nedan i andra poster inte längre skulle vara giltiga utan den. Ändra de posterna först.}} * {{Posterna kan inte tas bort, eftersom fälten nedan i andra poster inte längre skulle vara giltiga utan dem. Ändra de posterna först.}}',
  show_errors: 'Visa felen',
  folder_created: 'Mappen är skapad.',
  folder_path: 'Mappens sökväg',
  folder_contents: 'Innehåll',
  x_folders:
    '.input {$count :integer} .match $count 0 {{Inga mappar}} one {{{$count} mapp}} * {{{$count} mappar}}',
  folder_renamed: 'Mappen har fått nytt namn.',
  folder_deleted: 'Mappen är borttagen.',
  'entry_sidebar.slug.title': 'Filnamn',
  'entry_sidebar.slug.generated_on_save':
    'Filnamnet görs av postens innehåll när den sparas. Ett datum eller en tid i det blir sparandets.',
  'entry_sidebar.slug.unavailable': 'Posten har inget eget filnamn.',
  'save_conflict.title': 'Någon annan har ändrat posten',
  'save_conflict.modified_by': '{$name} ändrade posten {$date}, efter att du öppnade den.',
  'save_conflict.modified': 'Posten har ändrats i webbplatsens filer efter att du öppnade den.',
  'save_conflict.deleted': 'Posten har tagits bort ur webbplatsens filer efter att du öppnade den.',
  'save_conflict.overwrite_warning': 'Sparar du nu försvinner den andras ändringar.',
  'save_conflict.recreate_warning': 'Sparar du nu skapas posten igen.',
  'save_conflict.save_anyway': 'Spara ändå',
  'save_conflict.branch_moved':
    'Någon annan ändrade webbplatsens filer medan du sparade. Försök igen.',
  'remote_change.reload_entry': 'Läs in posten igen',
  'remote_change.confirm_reloading_entry':
    'Vill du läsa in posten igen? Ändringar du inte har sparat försvinner.',
  list_item_options: 'Val för raden',
  'relation_field.save_together_hint': 'Den nya {$name} sparas tillsammans med posten du ändrar.',
  'relation_field.add_failed':
    '{$name} gick inte att lägga till. Webbläsarens konsol visar varför.',
  'assets_dialog.title.folder': 'Välj mapp',
  'assets_dialog.selected_folder': 'Vald mapp: {$path}',
  'assets_dialog.selected_folders':
    '.input {$count :integer} .match $count one {{{$count} mapp vald}} * {{{$count} mappar valda}}',
  'assets_dialog.no_subfolders': 'Mappen har inga undermappar.',
  'cloud_storage.bunny_storage.auth_key_label': 'Lösenord för lagringszonen',
  'config.error.invalid_sanitize_replacement':
    'Alternativet `sanitize_replacement` är `{$replacement}`, men det innehåller ett tecken som inte kan stå i ett filnamn och kan därför inte ersätta ett sådant.',
  'config.error.invalid_url_option':
    'Alternativet `{$option}` är `{$url}`, men det måste vara en fullständig adress som börjar med `https://` eller `http://`.',
  'config.error.i18n_no_locales': 'Alternativet `i18n.locales` måste ange minst ett språk.',
  'config.error.i18n_invalid_default_locale':
    'Alternativet `default_locale` är `{$locale}`, men det är inte ett av `locales`.',
  'config.error.i18n_invalid_initial_locale':
    'Alternativet `initial_locales` innehåller `{$locale}`, men det är inte ett av `locales`.',
  'config.error.invalid_identifier_field':
    'Alternativet `identifier_field` pekar på `{$name}`, men samlingen har inget sådant fält.',
  'config.error.invalid_filter_field':
    'Alternativet `filter` pekar på `{$name}`, men samlingen har inget sådant fält.',
  'config.error.invalid_filter_no_condition':
    'Alternativet `filter` måste ha `value` eller `pattern` att jämföra posterna med.',
  'config.error.option_field_not_found':
    'Alternativet `{$option}` pekar på `{$name}`, men det finns inget sådant fält.',
  'config.error.thumbnail_field_not_media':
    'Alternativet `thumbnail` pekar på `{$name}`, men det måste vara ett bild- eller filfält, inte ett fält av typen `{$widget}`.',
  'config.error.invalid_regex':
    'Alternativet `{$option}` innehåller ett ogiltigt reguljärt uttryck, `{$pattern}`, som inte används.',
  'config.error.invalid_view_filter_no_condition':
    'Vyfilter {$count} måste ha alternativet `pattern` eller en jämförelse som `eq` eller `gte` att jämföra posterna med.',
  'config.error.invalid_view_group_default':
    'Alternativet `default` för `view_groups` är `{$name}`, men ingen vygrupp har det namnet.',
  'config.error.invalid_view_filter_default':
    'Alternativet `default` för `view_filters` är `{$name}`, men inget vyfilter har det namnet.',
  'config.error.collection_folder_i18n_required':
    'Samlingen måste ha alternativet `i18n` när platshållaren `locale` används i sökvägen `folder`.',
  'config.error.invalid_collection_folder_locale':
    'Sökvägen `{$folder}` i `folder` är ogiltig. Platshållaren `locale` får bara användas en gång, som ett helt mappnamn, till exempel `content/\\{\\{locale\\}\\}/posts`.',
  'config.error.invalid_range_options':
    'Alternativet `{$min}` får inte vara större än alternativet `{$max}`.',
  'config.error.invalid_step':
    'Alternativet `step` är `{$step}`, men det måste vara större än noll.',
  'config.error.select_field_no_options':
    'Ett valfält måste ha minst ett val i alternativet `options`.',
  'config.error.select_field_duplicate_option':
    'Valfältets `options` måste vara olika, men `{$value}` finns mer än en gång.',
  'config.error.select_field_invalid_default':
    'Valfältets alternativ `default` är `{$value}`, men det är inte ett av `options`.',
  'config.error.list_field_no_subfields':
    'Listfältets alternativ `fields` eller `types` måste ha minst en post. Utelämna alternativet för en lista med enkla värden.',
  'config.error.list_field_invalid_default_object':
    'Listfältets alternativ `default` innehåller ett objekt, men varje rad måste vara ett enkelt värde eftersom fältet saknar `fields` och `types`.',
  'config.error.list_field_invalid_default_item':
    'Listfältets alternativ `default` innehåller `{$value}`, men varje rad måste vara ett objekt eftersom fältet har `fields` eller `types`.',
  'config.error.list_field_invalid_default_key':
    'Listfältets alternativ `default` har en rad med egenskapen `{$key}`, men inget underfält har det namnet.',
  'config.error.list_field_default_missing_type':
    'Listfältets alternativ `default` har en rad utan egenskapen `{$typeKey}`, som anger en av `types`.',
  'config.error.list_field_invalid_default_type':
    'Listfältets alternativ `default` har en rad vars egenskap `{$typeKey}` är `{$value}`, men det är inte en av `types`.',
  'config.error.invalid_default_multiple':
    'Alternativet `default` måste vara en lista eftersom alternativet `multiple` är `true`.',
  'config.error.invalid_default_single':
    'Alternativet `default` måste vara ett enda värde, inte en lista, eftersom alternativet `multiple` inte är `true`.',
  'config.error.object_field_invalid_default_key':
    'Objektfältets alternativ `default` har egenskapen `{$key}`, men inget underfält har det namnet.',
  'config.error.object_field_default_missing_type':
    'Objektfältets alternativ `default` saknar egenskapen `{$typeKey}`, som anger en av `types`.',
  'config.error.object_field_invalid_default_type':
    'Egenskapen `{$typeKey}` i objektfältets alternativ `default` är `{$value}`, men det är inte en av `types`.',
  'config.error.code_field_invalid_default_object':
    'Kodfältets alternativ `default` måste vara en sträng eftersom alternativet `output_code_only` är `true`.',
  'config.error.code_field_invalid_default_key':
    'Kodfältets alternativ `default` har egenskapen `{$key}`, men alternativet `keys` tillåter bara `{$code}` och `{$lang}`.',
  'config.error.number_field_default_not_integer':
    'Talfältets alternativ `default` är `{$value}`, men det måste vara ett heltal eftersom alternativet `value_type` är `{$valueType}`.',
  'config.error.number_field_default_not_number':
    'Talfältets alternativ `default` är `{$value}`, men det måste vara ett tal eftersom alternativet `value_type` är `{$valueType}`.',
  'config.error.object_field_no_subfields':
    'Objektfältets alternativ `fields` eller `types` måste ha minst en post.',
  'config.error.relation_field_invalid_display_field':
    'Det refererade visningsfältet `{$field}` är ogiltigt eller inte definierat.',
  'config.error.relation_field_invalid_search_field':
    'Det refererade sökfältet `{$field}` är ogiltigt eller inte definierat.',
  'config.error.relation_field_invalid_filter_field':
    'Det refererade filterfältet `{$field}` är ogiltigt eller inte definierat.',
  'config.warning.missing_identifier_field':
    'Samlingen har inget fält `{$name}` att namnge nya poster efter, så varje ny post får ett slumpat filnamn. Lägg till ett fält `{$name}`, eller ange alternativet `identifier_field` eller `slug`.',
  'config.warning.slug_i18n_ineffective':
    'Alternativet `i18n` för `slug` gör ingenting, eftersom samlingen inte använder strukturen `multiple_files`, `multiple_folders` eller `multiple_root_folders`, där varje språk har en egen fil.',
  'config.warning.i18n_not_configured':
    'Alternativet `i18n` är påslaget, men i18n är inte inställt för hela konfigurationen eller för samlingen, så alternativet gör ingenting.',
  'status.deploying': 'Publiceras',
  'workflow.deploying_deletion': 'Borttagning',
};

/**
 * Strings sv.json has but leaves in English (its value is the English one). Words that are the
 * same in both languages (Status, Filter, Media, Video, OK, URL, file formats) stay as they are.
 */
export const ENGLISH_IN_SWEDISH: Record<string, string> = {
  personal_access_token: 'Personlig åtkomstnyckel',
  'prefs.advanced.deploy_hook.title': 'Adress som startar publiceringen',
};
