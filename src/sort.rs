//! One sort for the whole crate: elements ordered by a `u64` key, ties in their original order.
//! Every call site shares a single instance of the standard library's sort, which keeps the
//! WebAssembly small: each `sort_by_key` on a new element type would add a copy of its own.

/// Sorts `v` by `key`, stably.
pub fn by_key<T>(v: &mut [T], key: impl Fn(&T) -> u64) {
    if v.len() < 2 {
        return;
    }
    if v.len() <= SMALL {
        // Short slices (an actor's mentions, a sentence's candidates): the same sort on the
        // stack, without allocating.
        let n = v.len();
        let mut keyed = [(0u64, 0u32); SMALL];
        for (i, (slot, x)) in keyed.iter_mut().zip(v.iter()).enumerate() {
            *slot = (key(x), i as u32);
        }
        let keyed = keyed.get_mut(..n).unwrap_or(&mut []);
        keyed.sort();
        let mut from = [0u32; SMALL];
        for (f, &(_, i)) in from.iter_mut().zip(keyed.iter()) {
            *f = i;
        }
        permute(v, from.get_mut(..n).unwrap_or(&mut []));
        return;
    }
    let mut keyed: Vec<(u64, u32)> = v.iter().enumerate().map(|(i, x)| (key(x), i as u32)).collect();
    keyed.sort();
    let mut from: Vec<u32> = keyed.into_iter().map(|(_, i)| i).collect();
    permute(v, &mut from);
}

/// Slices up to this length are sorted in place without allocating.
const SMALL: usize = 16;

/// Two offsets as one key: `a` first, then `b` (each saturated at 32 bits).
pub fn pair(a: usize, b: usize) -> u64 {
    (a.min(u32::MAX as usize) as u64) << 32 | b.min(u32::MAX as usize) as u64
}

/// Rearranges `v` so that `v[i]` becomes the old `v[from[i]]`, cycle by cycle, in place.
fn permute<T>(v: &mut [T], from: &mut [u32]) {
    const DONE: u32 = u32::MAX;
    for start in 0..from.len() {
        let mut at = start;
        while let Some(src) = from.get_mut(at).map(|s| std::mem::replace(s, DONE)) {
            if src == DONE || src as usize == start {
                break;
            }
            v.swap(at, src as usize);
            at = src as usize;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_key() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e'), (2, 'f')];
        by_key(&mut v, |x| x.0);
        assert_eq!(v, vec![(0, 'd'), (1, 'b'), (1, 'e'), (2, 'f'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn matches_the_standard_sort_on_many_orders() {
        let mut seed = 12345u64;
        for n in 0..60 {
            let mut v: Vec<(u64, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 60) % 7, i)
                })
                .collect();
            let mut want = v.clone();
            want.sort_by_key(|x| x.0);
            by_key(&mut v, |x| x.0);
            assert_eq!(v, want);
        }
    }

    #[test]
    fn pairs_order_by_first_then_second() {
        assert!(pair(1, 9) < pair(2, 0));
        assert!(pair(2, 0) < pair(2, 1));
    }
}
