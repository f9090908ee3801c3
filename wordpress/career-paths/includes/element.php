<?php
/**
 * Writes `<career-compare>` and `<career-picker>` for a block or a shortcode: only the element's
 * own attributes, each escaped, with the dataset's readable content inside.
 *
 * @package career-paths
 */

defined( 'ABSPATH' ) || exit;

/**
 * The attributes of each element (the public contract), text or boolean. Nothing else is ever
 * written on the element, whatever a shortcode or a block's saved attributes hold.
 */
function career_paths_element_attributes( $tag ) {
	$shared = array(
		'src'           => 'url',
		'heading-level' => 'text',
		'no-title'      => 'boolean',
		'link-params'   => 'text',
		'lang'          => 'text',
	);
	if ( 'career-picker' === $tag ) {
		return $shared + array(
			'id'         => 'text',
			'path'       => 'text',
			'interests'  => 'text',
			'selected'   => 'text',
			'sync-url'   => 'boolean',
		);
	}
	return $shared + array(
		'paths'     => 'text',
		'criteria'  => 'text',
		'highlight' => 'text',
		'layout'    => 'text',
	);
}

/** Block attributes (camelCase, as WordPress stores them) by the element's attribute names. */
function career_paths_block_attributes( $attributes ) {
	$named = array();
	foreach ( $attributes as $name => $value ) {
		$attribute = strtolower( preg_replace( '/[A-Z]/', '-$0', (string) $name ) );
		if ( is_bool( $value ) ) {
			$named[ $attribute ] = $value;
		} elseif ( is_scalar( $value ) && '' !== (string) $value ) {
			$named[ $attribute ] = (string) $value;
		}
	}
	return $named;
}

/**
 * Shortcode attributes by the element's names. A boolean is on when named alone
 * (`[career_picker sync-url]`) or with any value but `false`, `0`, `no` or `off`.
 */
function career_paths_shortcode_attributes( $tag, $atts ) {
	$known = career_paths_element_attributes( $tag );
	$named = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			$name  = strtolower( (string) $value );
			$value = true;
		}
		if ( ! isset( $known[ $name ] ) ) {
			continue;
		}
		if ( 'boolean' === $known[ $name ] ) {
			$named[ $name ] = true === $value || ! in_array( strtolower( trim( (string) $value ) ), array( 'false', '0', 'no', 'off' ), true );
		} elseif ( true !== $value ) {
			$named[ $name ] = (string) $value;
		}
	}
	return $named;
}

/**
 * The element's markup, with the dataset's content inside for readers without JavaScript,
 * and the drop-in script asked for on this page only.
 *
 * @param string $tag        `career-compare` or `career-picker`.
 * @param array  $attributes The element's attributes by name: text, or `true` for a boolean.
 * @return string
 */
function career_paths_element_html( $tag, $attributes ) {
	static $pickers = 0;
	$known = career_paths_element_attributes( $tag );
	if ( 'career-picker' === $tag && ! empty( $attributes['sync-url'] ) && empty( $attributes['id'] ) ) {
		// The picker keeps its state in the URL under its id, so it needs one.
		$attributes['id'] = 'career-picker' . ( $pickers++ ? '-' . $pickers : '' );
	}
	$html = '<' . $tag;
	foreach ( $known as $name => $kind ) {
		if ( ! isset( $attributes[ $name ] ) || false === $attributes[ $name ] ) {
			continue;
		}
		$value = $attributes[ $name ];
		if ( 'boolean' === $kind ) {
			$html .= ' ' . $name;
		} elseif ( 'url' === $kind ) {
			$url = esc_url( (string) $value, career_paths_allowed_schemes() );
			if ( '' !== $url ) {
				$html .= ' ' . $name . '="' . $url . '"';
			}
		} elseif ( is_string( $value ) ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	$html .= '>';

	$dataset = isset( $attributes['src'] ) ? career_paths_dataset( (string) $attributes['src'] ) : null;
	$words   = career_paths_words();
	if ( $dataset && $words ) {
		$html .= "\n" . career_paths_fallback_html( $dataset, $tag, $attributes, $words ) . "\n";
	}
	wp_enqueue_script( 'career-paths' );
	return $html . '</' . $tag . '>';
}

/**
 * The widgets' built-in words by language, written from their source when the plugin is packed
 * (so there is no second copy to keep equal); null when the file is missing.
 */
function career_paths_words() {
	static $words = false;
	if ( false === $words ) {
		$file  = dirname( __DIR__ ) . '/words.json';
		$words = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
		$words = is_array( $words ) && isset( $words['en'] ) ? $words : null;
	}
	return $words;
}

/**
 * The dataset behind a `src`, for the readable fallback: a file of this site's uploads is read
 * from disk; another URL is fetched (as WordPress fetches, refusing local addresses) and kept
 * for an hour. Null when it cannot be read or does not look like a dataset; the element then
 * reports the problem itself when it runs.
 */
function career_paths_dataset( $src ) {
	$url = esc_url_raw( $src, career_paths_allowed_schemes() );
	if ( '' === $url ) {
		return null;
	}
	if ( '/' === $url[0] && ( ! isset( $url[1] ) || '/' !== $url[1] ) ) {
		$url = home_url( $url );
	}
	$uploads = wp_get_upload_dir();
	$base    = set_url_scheme( trailingslashit( $uploads['baseurl'] ), 'http' );
	$plain   = set_url_scheme( strtok( $url, '?#' ), 'http' );
	if ( 0 === strpos( $plain, $base ) ) {
		$root = realpath( $uploads['basedir'] );
		$file = realpath( $uploads['basedir'] . '/' . rawurldecode( substr( $plain, strlen( $base ) ) ) );
		$json = $root && $file && 0 === strpos( $file, $root . DIRECTORY_SEPARATOR ) && '.json' === strtolower( substr( $file, -5 ) )
			? file_get_contents( $file )
			: false;
	} else {
		$key  = 'career_paths_' . md5( $url );
		$json = get_transient( $key );
		if ( false === $json ) {
			$response = wp_safe_remote_get(
				$url,
				array(
					'timeout'             => 5,
					'limit_response_size' => 4 * MB_IN_BYTES,
				)
			);
			$json     = 200 === wp_remote_retrieve_response_code( $response ) ? wp_remote_retrieve_body( $response ) : '';
			set_transient( $key, $json, HOUR_IN_SECONDS );
		}
	}
	$dataset = is_string( $json ) && '' !== $json ? json_decode( $json, true ) : null;
	return career_paths_looks_like_dataset( $dataset ) ? $dataset : null;
}

/**
 * Whether decoded JSON has the shape the fallback reads. The widgets validate the dataset in
 * full and show their own error; this only keeps broken data from breaking the page.
 */
function career_paths_looks_like_dataset( $dataset ) {
	$text = function ( $item, $key, $required = true ) {
		return isset( $item[ $key ] ) ? is_string( $item[ $key ] ) : ! $required;
	};
	$texts = function ( $value ) {
		if ( is_string( $value ) ) {
			return true;
		}
		return is_array( $value ) && array_values( $value ) === $value && count( array_filter( $value, 'is_string' ) ) === count( $value );
	};
	$cta = function ( $item ) use ( $text ) {
		return ! isset( $item['cta'] ) || ( is_array( $item['cta'] ) && $text( $item['cta'], 'label' ) && $text( $item['cta'], 'href' ) );
	};
	$list = function ( $dataset, $key, $required, $check ) {
		if ( ! isset( $dataset[ $key ] ) ) {
			return ! $required;
		}
		if ( ! is_array( $dataset[ $key ] ) || array_values( $dataset[ $key ] ) !== $dataset[ $key ] || ( $required && ! $dataset[ $key ] ) ) {
			return false;
		}
		foreach ( $dataset[ $key ] as $item ) {
			if ( ! is_array( $item ) || ! $check( $item ) ) {
				return false;
			}
		}
		return true;
	};
	return is_array( $dataset )
		&& $text( $dataset, 'title' ) && $text( $dataset, 'intro', false ) && $text( $dataset, 'lang', false )
		&& ( ! isset( $dataset['strings'] ) || is_array( $dataset['strings'] ) )
		&& $list(
			$dataset,
			'paths',
			true,
			function ( $path ) use ( $text, $cta ) {
				return $text( $path, 'id' ) && $text( $path, 'name' ) && $text( $path, 'summary', false ) && $text( $path, 'badge', false ) && $cta( $path );
			}
		)
		&& $list(
			$dataset,
			'criteria',
			false,
			function ( $criterion ) use ( $text, $texts ) {
				if ( ! $text( $criterion, 'id' ) || ! $text( $criterion, 'label' ) ) {
					return false;
				}
				if ( isset( $criterion['source'] ) && ! ( is_array( $criterion['source'] ) && $text( $criterion['source'], 'name' ) && $text( $criterion['source'], 'url', false ) && $text( $criterion['source'], 'date', false ) ) ) {
					return false;
				}
				if ( isset( $criterion['value'] ) ) {
					return $texts( $criterion['value'] );
				}
				if ( ! isset( $criterion['values'] ) || ! is_array( $criterion['values'] ) ) {
					return false;
				}
				foreach ( $criterion['values'] as $value ) {
					if ( ! $texts( $value ) ) {
						return false;
					}
				}
				return true;
			}
		)
		&& $list(
			$dataset,
			'roles',
			false,
			function ( $role ) use ( $text ) {
				return $text( $role, 'id' ) && $text( $role, 'title' ) && $text( $role, 'path' ) && $text( $role, 'summary', false );
			}
		);
}
