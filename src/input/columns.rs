//! The columns twin reads and the header names each accepts (English, French, Spanish,
//! Italian, Portuguese), shared by every tabular reader and by `[columns]` of twin.toml.

/// The columns twin reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Id,
    Name,
    Country,
    Languages,
    Themes,
    City,
    Capacity,
    Twins,
}

impl Column {
    pub const ALL: [Column; 8] = [
        Column::Id,
        Column::Name,
        Column::Country,
        Column::Languages,
        Column::Themes,
        Column::City,
        Column::Capacity,
        Column::Twins,
    ];

    pub fn required(self) -> bool {
        matches!(
            self,
            Column::Id | Column::Name | Column::Country | Column::Languages | Column::Themes
        )
    }

    /// The canonical (English) name, also the TOML key.
    pub fn key(self) -> &'static str {
        accepted_names(self)[0]
    }
}

/// The column a `[columns]` key of twin.toml names (its canonical name, `themes`), or a
/// message naming the keys, with the closest one when it is close.
pub(crate) fn column_by_key(key: &str) -> Result<Column, String> {
    if let Some(c) = Column::ALL.into_iter().find(|c| c.key() == key) {
        return Ok(c);
    }
    let keys: Vec<&str> = Column::ALL.iter().map(|c| c.key()).collect();
    let close = keys
        .iter()
        .map(|k| (strsim::jaro_winkler(&key.to_lowercase(), k), *k))
        .filter(|(s, _)| *s >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let keys = keys.join(", ");
    Err(match close {
        Some((_, k)) => crate::i18n::tr(
            "input-columns-unknown-key-close",
            &[
                ("key", key.into()),
                ("close", k.into()),
                ("keys", keys.into()),
            ],
        ),
        None => crate::i18n::tr(
            "input-columns-unknown-key",
            &[("key", key.into()), ("keys", keys.into())],
        ),
    })
}

/// Header names accepted for a column; the first is the canonical one.
pub(super) fn accepted_names(column: Column) -> &'static [&'static str] {
    match column {
        Column::Id => &["id", "identifiant", "identificador", "code", "código"],
        Column::Name => &["name", "nom", "nombre", "nome"],
        Column::Country => &["country", "pays", "país", "paese"],
        Column::Languages => &[
            "languages",
            "language",
            "langues",
            "langue",
            "idiomas",
            "idioma",
            "lingue",
            "línguas",
            "língua",
        ],
        Column::Themes => &["themes", "theme", "thèmes", "temas", "temi"],
        Column::City => &["city", "ville", "ciudad", "città", "cidade"],
        Column::Capacity => &[
            "capacity",
            "capacité",
            "capacidad",
            "capacità",
            "capacidade",
        ],
        Column::Twins => &[
            "twins",
            "jumelages",
            "hermanamientos",
            "gemellaggi",
            "geminações",
        ],
    }
}
