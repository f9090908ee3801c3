<?php
/**
 * The readable content of an element for readers without JavaScript and for search engines.
 *
 * A port of the widgets' source, kept byte-equal to it by the parity test
 * test/node/wordpress-fallback.test.mjs, which runs both over the same datasets and attributes
 * and fails on any difference, so a change to one without the other cannot ship:
 *
 * - `career_paths_comparison()` mirrors `comparison()` in src/elements/comparison.ts, the one
 *   model of what a comparison shows (which paths, which rows, each cell's value or shared
 *   value, the roles row, the calls to action) that `<career-compare>` draws too. Its decisions
 *   are ported one for one rather than re-derived, so that the table here is the table there.
 * - `career_paths_fallback_html()` mirrors `fallbackHtml` in src/editor/fallback.ts, which
 *   draws that model as markup.
 *
 * The words come from `words.json`, which is written from the widgets' own word lists
 * (src/words) when the plugin is packed.
 *
 * @package career-paths
 */

defined( 'ABSPATH' ) || exit;

/** Escapes text for an element's content or a quoted attribute value, as the widgets do. */
function career_paths_escape( $text ) {
	return strtr(
		(string) $text,
		array(
			'&'  => '&amp;',
			'<'  => '&lt;',
			'>'  => '&gt;',
			'"'  => '&quot;',
			"'"  => '&#39;',
		)
	);
}

/**
 * A URL as a browser reads it: tabs and newlines anywhere are ignored, controls and spaces at
 * the ends are trimmed (WHATWG URL parsing), so `java\tscript:` is judged as `javascript:`.
 */
function career_paths_normalize_url( $url ) {
	$url = str_replace( array( "\t", "\n", "\r" ), '', $url );
	return preg_replace( '/^[\x00-\x20]+|[\x00-\x20]+\z/', '', $url );
}

/** The URL schemes a widget turns into links; any other scheme is never linked. */
function career_paths_allowed_schemes() {
	return array( 'http', 'https', 'mailto', 'tel' );
}

/** Whether a URL is http(s), mailto, tel or relative: the only links the widgets render. */
function career_paths_is_safe_url( $url ) {
	if ( ! preg_match( '/^([a-z][a-z\d+.\-]*):/i', career_paths_normalize_url( $url ), $scheme ) ) {
		return true;
	}
	return in_array( strtolower( $scheme[1] ), career_paths_allowed_schemes(), true );
}

/** Trims white space as JavaScript's `String.prototype.trim` does (Unicode spaces included). */
function career_paths_trim( $text ) {
	$space   = '[\x{0009}-\x{000D}\x{0020}\x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]';
	$trimmed = preg_replace( '/^' . $space . '+|' . $space . '+\z/u', '', $text );
	return null === $trimmed ? trim( $text ) : $trimmed;
}

/** Appends a query string to a web link, before its fragment; mailto: and tel: stay as they are. */
function career_paths_with_params( $url, $params = '' ) {
	$params = preg_replace( '/^[?&]+/', '', career_paths_trim( $params ) );
	if ( '' === $params || preg_match( '/^(mailto|tel):/i', career_paths_normalize_url( $url ) ) ) {
		return $url;
	}
	$hash     = strpos( $url, '#' );
	$base     = false === $hash ? $url : substr( $url, 0, $hash );
	$fragment = false === $hash ? '' : substr( $url, $hash );
	if ( false === strpos( $base, '?' ) ) {
		$joiner = '?';
	} else {
		$joiner = preg_match( '/[?&]\z/', $base ) ? '' : '&';
	}
	return $base . $joiner . $params . $fragment;
}

/** Splits a space-separated attribute such as `paths="management administration"` into its ids. */
function career_paths_ids( $value ) {
	return array_values( array_filter( preg_split( '/[\t\n\f\r \x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}\x{000B}]+/u', (string) $value ) ?: array( (string) $value ), 'strlen' ) );
}

/** The items named by `$chosen`, in that order; every item when nothing is chosen. */
function career_paths_pick( $items, $chosen ) {
	$picked = array();
	foreach ( $chosen as $id ) {
		foreach ( $items as $item ) {
			if ( (string) $item['id'] === $id ) {
				$picked[] = $item;
				break;
			}
		}
	}
	return $picked ? $picked : $items;
}

/** Whether a dataset field holds text that JavaScript would count as true (any non-empty string). */
function career_paths_filled( $array, $key ) {
	return is_array( $array ) && isset( $array[ $key ] ) && is_string( $array[ $key ] ) && '' !== $array[ $key ];
}

/** The primary subtag of a language tag, lower case: `es` for `es-MX`. */
function career_paths_language_tag( $tag ) {
	return explode( '-', strtolower( (string) $tag ) )[0];
}

/**
 * The language of the built-in words: the first of the given language tags (most specific
 * first: the element's `lang`, the dataset's, the page's) that has built-in words, else English.
 */
function career_paths_language_from( $languages, $tags ) {
	foreach ( $tags as $tag ) {
		$primary = career_paths_language_tag( $tag );
		if ( array_key_exists( $primary, $languages ) ) {
			return $primary;
		}
	}
	return 'en';
}

/** The built-in words of a language, with the dataset's own `strings` where they apply. */
function career_paths_words_for( $languages, $lang, $dataset ) {
	$words    = $languages[ $lang ];
	$own_lang = ! career_paths_filled( $dataset, 'lang' ) || career_paths_language_tag( $dataset['lang'] ) === $lang;
	$strings  = isset( $dataset['strings'] ) && is_array( $dataset['strings'] ) && $own_lang ? $dataset['strings'] : array();
	foreach ( array_keys( $words ) as $key ) {
		if ( isset( $strings[ $key ] ) && is_string( $strings[ $key ] ) ) {
			$words[ $key ] = $strings[ $key ];
		}
	}
	return $words;
}

/** No value: nothing given (null), or an empty list. */
function career_paths_present( $value ) {
	return is_array( $value ) && ! $value ? null : $value;
}

/**
 * What a comparison shows, decided once for every way of drawing it: a mirror of `comparison()`
 * in src/elements/comparison.ts. A cell with no value is `null`.
 *
 * @param array $dataset A dataset, decoded with `json_decode( $json, true )`.
 * @param array $words   The built-in words (only `roles` is read).
 * @param array $choice  `paths` and `criteria` (ids, in order; empty for all) and `highlight`.
 * @return array `paths`, `highlight` (null when not shown), `summaries`, `rows` (each with
 *               `id`, `label`, `source`, `note`, `shared` and `cells`) and `ctas`.
 */
function career_paths_comparison( $dataset, $words, $choice ) {
	$paths     = career_paths_pick( $dataset['paths'], $choice['paths'] );
	$roles     = isset( $dataset['roles'] ) && is_array( $dataset['roles'] ) ? $dataset['roles'] : array();
	$all       = isset( $dataset['criteria'] ) && is_array( $dataset['criteria'] ) ? array_values( $dataset['criteria'] ) : array();
	$roles_row = count( $all );
	$all[]     = array(
		'id'    => 'roles',
		'label' => $words['roles'],
	);
	// Picked by position, so that the generated roles row is told apart from a criterion of that id.
	foreach ( $all as $i => $criterion ) {
		$all[ $i ]['@index'] = $i;
	}
	$rows = array();
	foreach ( career_paths_pick( $all, $choice['criteria'] ) as $criterion ) {
		$row = array(
			'id'     => $criterion['id'],
			'label'  => $criterion['label'],
			'source' => isset( $criterion['source'] ) && is_array( $criterion['source'] ) ? $criterion['source'] : null,
			'note'   => isset( $criterion['note'] ) ? $criterion['note'] : null,
			'shared' => false,
			'cells'  => array(),
		);
		if ( $roles_row === $criterion['@index'] ) {
			foreach ( $paths as $path ) {
				$titles = array();
				foreach ( $roles as $role ) {
					if ( $role['path'] === $path['id'] ) {
						$titles[] = $role['title'];
					}
				}
				$row['cells'][] = career_paths_present( $titles );
			}
		} elseif ( isset( $criterion['value'] ) ) {
			$row['shared'] = true;
			foreach ( $paths as $path ) {
				$row['cells'][] = career_paths_present( $criterion['value'] );
			}
		} else {
			$values = isset( $criterion['values'] ) && is_array( $criterion['values'] ) ? $criterion['values'] : array();
			foreach ( $paths as $path ) {
				// Only the values' own keys count, as in the widgets: PHP arrays have no prototype.
				$row['cells'][] = array_key_exists( $path['id'], $values ) ? career_paths_present( $values[ $path['id'] ] ) : null;
			}
		}
		$rows[] = $row;
	}
	$highlight = null;
	$summaries = false;
	$ctas      = array();
	foreach ( $paths as $path ) {
		if ( $path['id'] === $choice['highlight'] ) {
			$highlight = $choice['highlight'];
		}
		$summaries = $summaries || career_paths_filled( $path, 'summary' );
		$cta       = isset( $path['cta'] ) && is_array( $path['cta'] ) && isset( $path['cta']['href'] ) && career_paths_is_safe_url( $path['cta']['href'] ) ? $path['cta'] : null;
		$ctas[]    = $cta;
	}
	return array(
		'paths'     => $paths,
		'highlight' => $highlight,
		'summaries' => $summaries,
		'rows'      => $rows,
		'ctas'      => $ctas,
	);
}

/**
 * Static HTML that shows a dataset's content inside an element until the element renders.
 * Every text is escaped, and a link is written only when its URL passes the widgets' check.
 *
 * @param array  $dataset    A dataset, decoded with `json_decode( $json, true )`.
 * @param string $tag        `career-compare` or `career-picker`.
 * @param array  $attributes The element's attributes by name: text, or `true` for a boolean.
 * @param array  $languages  The built-in words by language (`words.json`).
 * @param string $page_lang  The page's language, which the element falls back to as well (the
 *                           site's, on a WordPress page); none by default, as in the builder.
 * @return string
 */
function career_paths_fallback_html( $dataset, $tag, $attributes, $languages, $page_lang = '' ) {
	$text    = function ( $name ) use ( $attributes ) {
		return isset( $attributes[ $name ] ) && is_string( $attributes[ $name ] ) ? $attributes[ $name ] : '';
	};
	$e       = 'career_paths_escape';
	$words   = career_paths_words_for(
		$languages,
		career_paths_language_from( $languages, array( $text( 'lang' ), isset( $dataset['lang'] ) && is_string( $dataset['lang'] ) ? $dataset['lang'] : '', (string) $page_lang ) ),
		$dataset
	);
	$cta     = function ( $link ) use ( $text, $e ) {
		if ( ! is_array( $link ) || ! isset( $link['href'] ) || ! career_paths_is_safe_url( $link['href'] ) ) {
			return '';
		}
		return '<a href="' . $e( career_paths_with_params( $link['href'], $text( 'link-params' ) ) ) . '">' . $e( $link['label'] ) . '</a>';
	};
	$roles   = isset( $dataset['roles'] ) && is_array( $dataset['roles'] ) ? $dataset['roles'] : array();
	$lines   = array();

	if ( 'career-picker' === $tag ) {
		$lines[] = '<ul>';
		foreach ( $dataset['paths'] as $path ) {
			$own     = array_values(
				array_filter(
					$roles,
					function ( $role ) use ( $path ) {
						return $role['path'] === $path['id'];
					}
				)
			);
			$link    = $cta( isset( $path['cta'] ) ? $path['cta'] : null );
			$lines[] = '  <li>' . $e( $path['name'] );
			if ( $own ) {
				$lines[] = '    <ul>';
				foreach ( $own as $role ) {
					$summary = career_paths_filled( $role, 'summary' ) ? ': ' . $e( $role['summary'] ) : '';
					$lines[] = '      <li><strong>' . $e( $role['title'] ) . '</strong>' . $summary . '</li>';
				}
				$lines[] = '    </ul>';
			}
			if ( '' !== $link ) {
				$lines[] = '    <p>' . $link . '</p>';
			}
			$lines[] = '  </li>';
		}
		$lines[] = '</ul>';
		return implode( "\n", $lines );
	}

	$comparison = career_paths_comparison(
		$dataset,
		$words,
		array(
			'paths'     => career_paths_ids( $text( 'paths' ) ),
			'criteria'  => career_paths_ids( $text( 'criteria' ) ),
			'highlight' => $text( 'highlight' ),
		)
	);
	$paths      = $comparison['paths'];
	$texts      = function ( $value ) use ( $e ) {
		if ( null === $value ) {
			return '—';
		}
		if ( is_array( $value ) ) {
			return '<ul>' . implode( '', array_map( function ( $item ) use ( $e ) { return '<li>' . $e( $item ) . '</li>'; }, $value ) ) . '</ul>';
		}
		return $e( $value );
	};
	$cell       = function ( $row, $i, $span = '' ) use ( $e, $texts ) {
		$note = career_paths_filled( $row, 'note' ) ? '<br><small>' . $e( $row['note'] ) . '</small>' : '';
		return '<td' . $span . '>' . $texts( isset( $row['cells'][ $i ] ) ? $row['cells'][ $i ] : null ) . $note . '</td>';
	};
	$header     = function ( $row ) use ( $e, $words ) {
		$source = $row['source'];
		$small  = '';
		if ( $source ) {
			$name  = career_paths_filled( $source, 'url' ) && career_paths_is_safe_url( $source['url'] )
				? '<a href="' . $e( $source['url'] ) . '">' . $e( $source['name'] ) . '</a>'
				: $e( $source['name'] );
			$small = '<br><small>' . $e( $words['source'] ) . ': ' . $name . ( career_paths_filled( $source, 'date' ) ? ', ' . $e( $source['date'] ) : '' ) . '</small>';
		}
		return '<th scope="row">' . $e( $row['label'] ) . $small . '</th>';
	};
	$tr         = function ( $content ) {
		return '    <tr>' . $content . '</tr>';
	};

	if ( career_paths_filled( $dataset, 'intro' ) ) {
		$lines[] = '<p>' . $e( $dataset['intro'] ) . '</p>';
	}
	$lines[] = '<table>';
	$lines[] = '  <caption>' . $e( $dataset['title'] ) . '</caption>';
	$lines[] = '  <thead>';
	$head    = '<td></td>';
	foreach ( $paths as $path ) {
		$badge = isset( $path['badge'] ) ? $path['badge'] : $words['badge'];
		$head .= '<th scope="col">' . $e( $path['name'] ) . ( $path['id'] === $comparison['highlight'] ? ' <strong>' . $e( $badge ) . '</strong>' : '' ) . '</th>';
	}
	$lines[] = $tr( $head );
	if ( $comparison['summaries'] ) {
		$about = '<th scope="row">' . $e( $words['about'] ) . '</th>';
		foreach ( $paths as $path ) {
			$about .= '<td>' . $e( isset( $path['summary'] ) ? $path['summary'] : '' ) . '</td>';
		}
		$lines[] = $tr( $about );
	}
	$lines[] = '  </thead>';
	$lines[] = '  <tbody>';
	foreach ( $comparison['rows'] as $row ) {
		$content = $header( $row );
		if ( $row['shared'] ) {
			$content .= $cell( $row, 0, ' colspan="' . count( $paths ) . '"' );
		} else {
			for ( $i = 0; $i < count( $paths ); $i++ ) {
				$content .= $cell( $row, $i );
			}
		}
		$lines[] = $tr( $content );
	}
	$lines[] = '  </tbody>';
	if ( array_filter( $comparison['ctas'] ) ) {
		$next = '<th scope="row">' . $e( $words['nextStep'] ) . '</th>';
		foreach ( $comparison['ctas'] as $link ) {
			$next .= '<td>' . $cta( $link ) . '</td>';
		}
		$lines[] = '  <tfoot>';
		$lines[] = $tr( $next );
		$lines[] = '  </tfoot>';
	}
	$lines[] = '</table>';
	return implode( "\n", $lines );
}
