<?php
/**
 * The readable content of an element for readers without JavaScript and for search engines.
 *
 * A line-by-line port of `fallbackHtml` in the widgets' source (src/builder/fallback.ts): the
 * same markup for the same dataset and attributes, byte for byte. The words come from
 * `words.json`, which is written from the widgets' own word lists when the plugin is packed.
 * A test runs both versions over the same datasets and fails on any difference, so a change
 * to one without the other cannot ship.
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
	if ( ! $chosen ) {
		return $items;
	}
	$picked = array();
	foreach ( $chosen as $id ) {
		foreach ( $items as $item ) {
			if ( (string) $item['id'] === $id ) {
				$picked[] = $item;
				break;
			}
		}
	}
	return $picked;
}

/** Whether a dataset field holds text that JavaScript would count as true (any non-empty string). */
function career_paths_filled( $array, $key ) {
	return is_array( $array ) && isset( $array[ $key ] ) && is_string( $array[ $key ] ) && '' !== $array[ $key ];
}

/** The built-in words of a language, with the dataset's own `strings` where they apply. */
function career_paths_words_for( $languages, $lang, $dataset ) {
	$words    = $languages[ $lang ];
	$own_lang = ! career_paths_filled( $dataset, 'lang' ) || explode( '-', strtolower( $dataset['lang'] ) )[0] === $lang;
	$strings  = isset( $dataset['strings'] ) && is_array( $dataset['strings'] ) && $own_lang ? $dataset['strings'] : array();
	foreach ( array_keys( $words ) as $key ) {
		if ( isset( $strings[ $key ] ) && is_string( $strings[ $key ] ) ) {
			$words[ $key ] = $strings[ $key ];
		}
	}
	return $words;
}

/**
 * Static HTML that shows a dataset's content inside an element until the element renders.
 * Every text is escaped, and a link is written only when its URL passes the widgets' check.
 *
 * @param array  $dataset    A dataset, decoded with `json_decode( $json, true )`.
 * @param string $tag        `career-compare` or `career-picker`.
 * @param array  $attributes The element's attributes by name: text, or `true` for a boolean.
 * @param array  $languages  The built-in words by language (`words.json`).
 * @return string
 */
function career_paths_fallback_html( $dataset, $tag, $attributes, $languages ) {
	$text    = function ( $name ) use ( $attributes ) {
		return isset( $attributes[ $name ] ) && is_string( $attributes[ $name ] ) ? $attributes[ $name ] : '';
	};
	$e       = 'career_paths_escape';
	$lang    = '' !== $text( 'lang' ) ? $text( 'lang' ) : ( career_paths_filled( $dataset, 'lang' ) ? $dataset['lang'] : '' );
	$primary = explode( '-', strtolower( $lang ) )[0];
	$words   = career_paths_words_for( $languages, isset( $languages[ $primary ] ) ? $primary : 'en', $dataset );
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

	$paths     = career_paths_pick( $dataset['paths'], career_paths_ids( $text( 'paths' ) ) );
	$all       = isset( $dataset['criteria'] ) && is_array( $dataset['criteria'] ) ? $dataset['criteria'] : array();
	$all[]     = array(
		'id'    => 'roles',
		'label' => $words['roles'],
	);
	$criteria  = career_paths_pick( $all, career_paths_ids( $text( 'criteria' ) ) );
	$highlight = $text( 'highlight' );
	$cells     = function ( $value, $span = '' ) use ( $e ) {
		if ( null === $value || ( is_array( $value ) && ! $value ) ) {
			$content = '—';
		} elseif ( is_array( $value ) ) {
			$content = '<ul>' . implode( '', array_map( function ( $item ) use ( $e ) { return '<li>' . $e( $item ) . '</li>'; }, $value ) ) . '</ul>';
		} else {
			$content = $e( $value );
		}
		return '<td' . $span . '>' . $content . '</td>';
	};
	$row       = function ( $content ) {
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
		$head .= '<th scope="col">' . $e( $path['name'] ) . ( $path['id'] === $highlight ? ' <strong>' . $e( $badge ) . '</strong>' : '' ) . '</th>';
	}
	$lines[] = $row( $head );
	$summaries = array_filter(
		$paths,
		function ( $path ) {
			return career_paths_filled( $path, 'summary' );
		}
	);
	if ( $summaries ) {
		$summary_row = '<td></td>';
		foreach ( $paths as $path ) {
			$summary_row .= $cells( isset( $path['summary'] ) ? $path['summary'] : '' );
		}
		$lines[] = $row( $summary_row );
	}
	$lines[] = '  </thead>';
	$lines[] = '  <tbody>';
	foreach ( $criteria as $criterion ) {
		$source = isset( $criterion['source'] ) && is_array( $criterion['source'] ) ? $criterion['source'] : null;
		$header = '<th scope="row">' . $e( $criterion['label'] );
		if ( $source ) {
			$name    = career_paths_filled( $source, 'url' ) && career_paths_is_safe_url( $source['url'] )
				? '<a href="' . $e( $source['url'] ) . '">' . $e( $source['name'] ) . '</a>'
				: $e( $source['name'] );
			$header .= '<br><small>' . $e( $words['source'] ) . ': ' . $name . ( career_paths_filled( $source, 'date' ) ? ', ' . $e( $source['date'] ) : '' ) . '</small>';
		}
		$header .= '</th>';
		$content = $header;
		if ( 'roles' === $criterion['id'] ) {
			foreach ( $paths as $path ) {
				$titles = array();
				foreach ( $roles as $role ) {
					if ( $role['path'] === $path['id'] ) {
						$titles[] = $role['title'];
					}
				}
				$content .= $cells( $titles );
			}
		} elseif ( isset( $criterion['value'] ) ) {
			$content .= $cells( $criterion['value'], ' colspan="' . count( $paths ) . '"' );
		} else {
			foreach ( $paths as $path ) {
				$values   = isset( $criterion['values'] ) && is_array( $criterion['values'] ) ? $criterion['values'] : array();
				$content .= $cells( array_key_exists( $path['id'], $values ) ? $values[ $path['id'] ] : null );
			}
		}
		$lines[] = $row( $content );
	}
	$lines[] = '  </tbody>';
	$links   = array_map(
		function ( $path ) use ( $cta ) {
			return $cta( isset( $path['cta'] ) ? $path['cta'] : null );
		},
		$paths
	);
	if ( array_filter( $links, 'strlen' ) ) {
		$lines[] = '  <tfoot>';
		$lines[] = $row( '<td></td>' . implode( '', array_map( function ( $link ) { return '<td>' . $link . '</td>'; }, $links ) ) );
		$lines[] = '  </tfoot>';
	}
	$lines[] = '</table>';
	return implode( "\n", $lines );
}
