//! Step pack: the splitter cuts the code screens share into one module per set of screens that
//! use it, so a screen needs dozens of small modules, and gzip compresses each file alone. This
//! step writes, per screen, a pack (`pack_<screen>-<hash>.bin`): the modules a visit to it
//! needs that no earlier screen has brought, one after the other in one file, so they arrive in
//! one request as one compressed stream. It also replaces the splitter's loader with ours, which
//! fetches for each screen its pack or only the modules still missing, whichever is fewer bytes,
//! and instantiates each module once.

use crate::{
    chunks::{FRAME, PARTS, SIGN_IN},
    run::Result,
    size,
};
use std::{
    collections::{BTreeMap, BTreeSet},
    io::Write,
    process::{Command, Stdio},
};

/// About what a request adds to its bytes (headers both ways): a pack is fetched once it is no
/// more than the modules still missing plus this much each.
pub const REQUEST_BYTES: u64 = 400;

/// A module the splitter wrote: its file's stem (`chunk_7`, `split_api_keys`) and gzip bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub stem: String,
    pub gzip: u64,
}

/// A screen: its modules and those of them in its pack (both ascending), with the pack's gzip
/// bytes. No members when every module comes before the screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Screen {
    pub modules: Vec<usize>,
    pub members: Vec<usize>,
    pub pack_gzip: u64,
}

/// What the loader knows: every module and every screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Manifest {
    pub hash: String,
    pub modules: Vec<Module>,
    pub screens: BTreeMap<String, Screen>,
}

impl Manifest {
    pub fn module_file(&self, m: usize) -> String {
        format!("{}-{}.wasm", self.modules[m].stem, self.hash)
    }

    pub fn pack_file(&self, screen: &str) -> String {
        format!("pack_{screen}-{}.bin", self.hash)
    }

    /// The files loading `screen` fetches when the modules in `loaded` are already there: its
    /// pack, or the modules still missing one by one, by the loader's rule (`LOADER` below).
    pub fn fetches(&self, screen: &str, loaded: &BTreeSet<usize>) -> Vec<String> {
        let Some(s) = self.screens.get(screen) else {
            return Vec::new();
        };
        let not_loaded = |list: &[usize]| -> Vec<usize> {
            list.iter()
                .copied()
                .filter(|m| !loaded.contains(m))
                .collect()
        };
        let (missing, packed) = (not_loaded(&s.modules), not_loaded(&s.members));
        let alone: u64 = packed
            .iter()
            .map(|&m| self.modules[m].gzip + REQUEST_BYTES)
            .sum();
        let mut out = Vec::new();
        let use_pack = !packed.is_empty() && s.pack_gzip <= alone;
        if use_pack {
            out.push(self.pack_file(screen));
        }
        out.extend(
            missing
                .into_iter()
                .filter(|m| !(use_pack && packed.contains(m)))
                .map(|m| self.module_file(m)),
        );
        out
    }

    /// The modules `screen` needs, or none for a screen the loader does not know.
    pub fn modules_of(&self, screen: &str) -> BTreeSet<usize> {
        self.screens
            .get(screen)
            .map(|s| s.modules.iter().copied().collect())
            .unwrap_or_default()
    }
}

/// The bytes `gzip -9` makes of `bytes`.
pub fn gzip_len(bytes: &[u8]) -> Result<u64> {
    let mut gz = Command::new("gzip")
        .args(["-9", "-c"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("gzip: {e}"))?;
    let mut input = gz.stdin.take().ok_or("gzip: no stdin")?;
    let data = bytes.to_vec();
    let feeder = std::thread::spawn(move || input.write_all(&data));
    let out = gz.wait_with_output().map_err(|e| format!("gzip: {e}"))?;
    feeder
        .join()
        .map_err(|_| "gzip: writer failed")?
        .map_err(|e| format!("gzip: {e}"))?;
    Ok(out.stdout.len() as u64)
}

/// The modules every visit to `screen` has before it: the frame's for the screens shown in it,
/// and for a part (fetched once a screen that owns it is shown) also what all its owners have.
fn before(screen: &str, of: &dyn Fn(&str) -> BTreeSet<String>) -> BTreeSet<String> {
    if screen == SIGN_IN || screen == FRAME {
        return BTreeSet::new();
    }
    let mut known = of(FRAME);
    if let Some((_, owners)) = PARTS.iter().find(|(p, _)| *p == screen) {
        let mut common: Option<BTreeSet<String>> = None;
        for owner in *owners {
            let theirs = of(owner);
            common = Some(match common {
                None => theirs,
                Some(c) => c.intersection(&theirs).cloned().collect(),
            });
        }
        known.extend(common.unwrap_or_default());
    }
    known
}

/// Step pack on the hashed files: adds a pack per screen and rewrites the loader (`loader`,
/// its name in `files`) to use them.
pub fn pack(files: &mut Vec<(String, Vec<u8>)>, loader: &str, hash: &str) -> Result {
    let at = files
        .iter()
        .position(|(n, _)| n == loader)
        .ok_or_else(|| format!("{loader} is missing"))?;
    let old = String::from_utf8(files[at].1.clone()).map_err(|e| format!("{loader}: {e}"))?;
    let glue = between(&old, "import { initSync } from \"./", "\"")
        .ok_or("the splitter's loader no longer imports initSync from the glue")?;
    let shared = between(&old, "const { ", " } = initSync(undefined, undefined)")
        .ok_or("the splitter's loader no longer takes its shared imports from initSync")?;
    let shared: Vec<&str> = shared
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if !shared.contains(&"__indirect_function_table") {
        return Err("the splitter's loader no longer shares the function table".into());
    }
    let by_screen = size::screens(&old);
    let suffix = format!("-{hash}.wasm");
    let bytes_of = |name: &str| {
        files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, b)| b.clone())
    };
    let mut stems: Vec<String> = by_screen.values().flatten().cloned().collect();
    stems.sort();
    stems.dedup();
    let mut modules = Vec::new();
    for file in &stems {
        let bytes = bytes_of(file).ok_or_else(|| format!("the loader names {file}, not built"))?;
        let stem = file
            .strip_suffix(&suffix)
            .ok_or_else(|| format!("{file} is not named by the build's hash"))?;
        modules.push(Module {
            stem: stem.to_string(),
            gzip: gzip_len(&bytes)?,
        });
    }
    let index = |file: &String| stems.iter().position(|s| s == file).unwrap_or(0);
    let of = |screen: &str| -> BTreeSet<String> {
        by_screen
            .get(screen)
            .map(|f| f.iter().cloned().collect())
            .unwrap_or_default()
    };
    let mut screens = BTreeMap::new();
    let mut packs = Vec::new();
    for (screen, list) in &by_screen {
        let known = before(screen, &of);
        let mut modules: Vec<usize> = list.iter().map(index).collect();
        modules.sort();
        let members: Vec<usize> = modules
            .iter()
            .copied()
            .filter(|&m| !known.contains(&stems[m]))
            .collect();
        // The pack: how many modules, each one's length (u32, little-endian), then the modules.
        let mut pack = (members.len() as u32).to_le_bytes().to_vec();
        let bodies: Vec<Vec<u8>> = members
            .iter()
            .map(|&m| bytes_of(&stems[m]).unwrap_or_default())
            .collect();
        for body in &bodies {
            pack.extend_from_slice(&(body.len() as u32).to_le_bytes());
        }
        for body in &bodies {
            pack.extend_from_slice(body);
        }
        let pack_gzip = if members.is_empty() {
            0
        } else {
            packs.push((format!("pack_{screen}-{hash}.bin"), pack.clone()));
            gzip_len(&pack)?
        };
        screens.insert(
            screen.clone(),
            Screen {
                modules,
                members,
                pack_gzip,
            },
        );
    }
    let manifest = Manifest {
        hash: hash.to_string(),
        modules,
        screens,
    };
    files[at].1 = write_loader(&manifest, glue, &shared).into_bytes();
    files.extend(packs);
    Ok(())
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = &text[text.find(start)? + start.len()..];
    Some(&rest[..rest.find(end)?])
}

/// The loader: the tables, then the code that reads them. Each screen's export is the function
/// the app's `wasm_split` glue calls with a callback to report success.
const LOADER: &str = r#"
const file = (m) => (typeof F[m][0] === "number" ? "chunk_" + F[m][0] : F[m][0]) + H + ".wasm";
// A set of modules, written as hex digits, each digit four modules from the lowest.
const set = (hex) => [...hex].flatMap((d, i) => [0, 1, 2, 3].filter((b) => (parseInt(d, 16) >> b) & 1).map((b) => i * 4 + b));
let shared;
function imports() {
  if (shared === undefined) {
    const { SHARED } = initSync(undefined, undefined);
    shared = { __wasm_split: { SHARED } };
  }
  return shared;
}
const bodies = new Map(), modules = new Map();
// A failed download or instantiation is forgotten, so a retry starts afresh.
function keep(map, key, promise) {
  map.set(key, promise);
  promise.catch(() => { if (map.get(key) === promise) map.delete(key); });
  return promise;
}
function get(name) {
  return fetch(new URL("./" + name, import.meta.url)).then((r) => {
    if (!r.ok) throw new Error(`Could not download ${name}: HTTP ${r.status}`);
    return r;
  });
}
function body(m) {
  return bodies.get(m) ?? keep(bodies, m, get(file(m)));
}
// Instantiated, a module's bytes are let go (its pack's with the last of them); its entry
// stays, so it is not fetched again.
const fetched = Promise.resolve(null);
function instance(m) {
  return modules.get(m) ?? keep(modules, m, body(m).then((b) => {
    const made = b instanceof Response
      ? WebAssembly.instantiateStreaming(b, imports())
      : WebAssembly.instantiate(b, imports());
    return made.then(() => { bodies.set(m, fetched); }, (e) => { bodies.delete(m); throw e; });
  }));
}
// The screen's pack (a count, each module's length, the modules) when it is no more bytes than
// its missing modules fetched one by one.
function viaPack(name) {
  const members = set(S[name][2]);
  const missing = members.filter((m) => !bodies.has(m));
  const alone = missing.reduce((n, m) => n + F[m][1] + REQUEST, 0);
  if (missing.length === 0 || S[name][0] > alone) return;
  const all = get("pack_" + name + H + ".bin").then((r) => r.arrayBuffer()).then((b) => {
    const v = new DataView(b), parts = new Map();
    let at = 4 + 4 * v.getUint32(0, true);
    members.forEach((m, i) => {
      const len = v.getUint32(4 + 4 * i, true);
      parts.set(m, new Uint8Array(b, at, len));
      at += len;
    });
    return parts;
  });
  for (const m of missing) keep(bodies, m, all.then((parts) => parts.get(m)));
}
async function load(name) {
  viaPack(name);
  const own = F.findIndex(([f]) => f === "split_" + name);
  await Promise.all(set(S[name][1]).filter((m) => m !== own).map(instance));
  await instance(own);
}
function loader(name) {
  return async (callback, data) => {
    let ok = false;
    try {
      await load(name);
      ok = true;
    } catch (e) {
      console.error(e);
    }
    imports().__wasm_split.__indirect_function_table.get(callback)(data, ok);
  };
}
"#;

/// `modules` as hex digits, each digit four modules from the lowest (the loader's `set`).
fn hex_set(modules: &[usize]) -> String {
    let digits = modules.iter().max().map_or(0, |m| m / 4 + 1);
    let mut out = vec![0u8; digits];
    for m in modules {
        out[m / 4] |= 1 << (m % 4);
    }
    out.iter().map(|d| format!("{d:x}")).collect()
}

fn from_hex_set(hex: &str) -> Option<Vec<usize>> {
    let mut out = Vec::new();
    for (i, c) in hex.chars().enumerate() {
        let d = c.to_digit(16)?;
        out.extend(
            (0..4)
                .filter(|b| d >> b & 1 == 1)
                .map(|b| i * 4 + b as usize),
        );
    }
    Some(out)
}

fn write_loader(m: &Manifest, glue: &str, shared: &[&str]) -> String {
    let modules: Vec<String> = m
        .modules
        .iter()
        .map(|x| {
            match x
                .stem
                .strip_prefix("chunk_")
                .filter(|n| n.parse::<u64>().is_ok())
            {
                Some(n) => format!("[{n},{}]", x.gzip),
                None => format!("[\"{}\",{}]", x.stem, x.gzip),
            }
        })
        .collect();
    let screens: Vec<String> = m
        .screens
        .iter()
        .map(|(name, s)| {
            format!(
                "\"{name}\":[{},\"{}\",\"{}\"]",
                s.pack_gzip,
                hex_set(&s.modules),
                hex_set(&s.members)
            )
        })
        .collect();
    let mut js = format!(
        "import {{ initSync }} from \"./{glue}\";\n\
         // Written by `cargo xtask` (xtask/src/pack.rs). F: each module's file (a number for\n\
         // chunk_<n>) and gzip bytes. S: each screen's pack's gzip bytes, its modules and those in\n\
         // its pack.\n\
         const H = \"-{}\", REQUEST = {REQUEST_BYTES};\n\
         const F = [{}];\n\
         const S = {{{}}};",
        m.hash,
        modules.join(","),
        screens.join(",")
    );
    js.push_str(&LOADER.replace("SHARED", &shared.join(", ")));
    for name in m.screens.keys() {
        js.push_str(&format!(
            "export const __wasm_split_load_{name} = loader(\"{name}\");\n"
        ));
    }
    js
}

/// Reads the tables back from a loader `pack` wrote (for `cargo xtask size`).
pub fn read(loader: &str) -> Option<Manifest> {
    let hash = between(loader, "const H = \"-", "\"")?.to_string();
    let Json::Arr(items) = json(between(loader, "const F = ", ";\n")?)? else {
        return None;
    };
    let modules = items
        .into_iter()
        .map(|i| match i {
            Json::Arr(v) => match v.as_slice() {
                [Json::Num(n), Json::Num(gzip)] => Some(Module {
                    stem: format!("chunk_{n}"),
                    gzip: *gzip,
                }),
                [Json::Str(stem), Json::Num(gzip)] => Some(Module {
                    stem: stem.clone(),
                    gzip: *gzip,
                }),
                _ => None,
            },
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    let Json::Obj(entries) = json(between(loader, "const S = ", ";\n")?)? else {
        return None;
    };
    let mut screens = BTreeMap::new();
    for (name, value) in entries {
        let Json::Arr(parts) = value else { return None };
        let [Json::Num(pack_gzip), Json::Str(mods), Json::Str(members)] = parts.as_slice() else {
            return None;
        };
        screens.insert(
            name,
            Screen {
                modules: from_hex_set(mods)?,
                members: from_hex_set(members)?,
                pack_gzip: *pack_gzip,
            },
        );
    }
    Some(Manifest {
        hash,
        modules,
        screens,
    })
}

/// The JSON the loader's tables are written in: numbers, strings without escapes, arrays,
/// objects, no spaces.
#[derive(Debug, PartialEq)]
enum Json {
    Num(u64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

fn json(text: &str) -> Option<Json> {
    let (value, rest) = value(text.as_bytes())?;
    rest.is_empty().then_some(value)
}

fn value(s: &[u8]) -> Option<(Json, &[u8])> {
    match s.first()? {
        b'"' => {
            let end = s[1..].iter().position(|&b| b == b'"')? + 1;
            let text = std::str::from_utf8(&s[1..end]).ok()?.to_string();
            Some((Json::Str(text), &s[end + 1..]))
        }
        b'0'..=b'9' => {
            let end = s
                .iter()
                .position(|b| !b.is_ascii_digit())
                .unwrap_or(s.len());
            let n = std::str::from_utf8(&s[..end]).ok()?.parse().ok()?;
            Some((Json::Num(n), &s[end..]))
        }
        b'[' => {
            let (mut items, mut rest) = (Vec::new(), &s[1..]);
            if rest.first() == Some(&b']') {
                return Some((Json::Arr(items), &rest[1..]));
            }
            loop {
                let (item, after) = value(rest)?;
                items.push(item);
                match after.first()? {
                    b',' => rest = &after[1..],
                    b']' => return Some((Json::Arr(items), &after[1..])),
                    _ => return None,
                }
            }
        }
        b'{' => {
            let (mut entries, mut rest) = (Vec::new(), &s[1..]);
            if rest.first() == Some(&b'}') {
                return Some((Json::Obj(entries), &rest[1..]));
            }
            loop {
                let (Json::Str(key), after) = value(rest)? else {
                    return None;
                };
                let after = after.strip_prefix(b":")?;
                let (item, after) = value(after)?;
                entries.push((key, item));
                match after.first()? {
                    b',' => rest = &after[1..],
                    b'}' => return Some((Json::Obj(entries), &after[1..])),
                    _ => return None,
                }
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest() -> Manifest {
        let module = |stem: &str, gzip| Module {
            stem: stem.into(),
            gzip,
        };
        let mut screens = BTreeMap::new();
        screens.insert(
            "a".to_string(),
            Screen {
                modules: vec![0, 1, 2],
                members: vec![0, 1, 2],
                pack_gzip: 900,
            },
        );
        screens.insert(
            "b".to_string(),
            Screen {
                modules: vec![0, 5],
                members: vec![5],
                pack_gzip: 40,
            },
        );
        Manifest {
            hash: "0123456789abcdef".into(),
            modules: vec![
                module("chunk_1", 500),
                module("chunk_2", 300),
                module("split_a", 400),
                module("chunk_4", 1),
                module("chunk_5", 1),
                module("split_b", 30),
            ],
            screens,
        }
    }

    #[test]
    fn a_cold_screen_takes_its_pack_and_a_nearly_loaded_one_its_missing_modules() {
        let m = manifest();
        assert_eq!(
            m.fetches("a", &BTreeSet::new()),
            ["pack_a-0123456789abcdef.bin"]
        );
        // Only split_a missing: 400 + one request is less than the pack's 900.
        assert_eq!(
            m.fetches("a", &[0, 1].into()),
            ["split_a-0123456789abcdef.wasm"]
        );
        assert!(m.fetches("a", &[0, 1, 2].into()).is_empty());
        assert!(m.fetches("nowhere", &BTreeSet::new()).is_empty());
        // Outside its pack, a module the screen needs and nobody fetched comes alone.
        assert_eq!(
            m.fetches("b", &BTreeSet::new()),
            [
                "pack_b-0123456789abcdef.bin",
                "chunk_1-0123456789abcdef.wasm"
            ]
        );
    }

    #[test]
    fn sets_of_modules_go_to_hex_and_back() {
        for set in [vec![], vec![0], vec![3, 4], vec![1, 2, 7, 64, 250]] {
            assert_eq!(from_hex_set(&hex_set(&set)), Some(set.clone()), "{set:?}");
        }
        assert_eq!(hex_set(&[0, 1, 4]), "31");
    }

    #[test]
    fn the_loader_written_reads_back_the_same() {
        let m = manifest();
        let js = write_loader(&m, "hoop-admin-0123456789abcdef.js", &["memory", "t"]);
        assert_eq!(read(&js), Some(m));
        assert!(js.contains("import { initSync } from \"./hoop-admin-0123456789abcdef.js\";"));
        assert!(js.contains("shared = { __wasm_split: { memory, t } };"));
        assert!(js.contains("export const __wasm_split_load_a = loader(\"a\");"));
    }

    #[test]
    fn a_part_counts_on_the_frame_and_what_all_its_owners_have() {
        let of = |s: &str| -> BTreeSet<String> {
            match s {
                "frame" => ["f".into()].into(),
                "api_keys" => ["k".into(), "d".into(), "x".into()].into(),
                "my_access" => ["m".into(), "d".into()].into(),
                _ => BTreeSet::new(),
            }
        };
        assert_eq!(before("sign_in", &of), BTreeSet::new());
        assert_eq!(before("frame", &of), BTreeSet::new());
        assert_eq!(before("api_keys", &of), ["f".to_string()].into());
        assert_eq!(
            before("dialogs", &of),
            ["d".to_string(), "f".to_string()].into()
        );
    }
}
