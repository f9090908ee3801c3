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
	// What an Author saves passes through WordPress's HTML filter, which writes `&` as `&amp;`:
	// decoded once here, each value is escaped once below, in the attribute and in the fallback.
	foreach ( $attributes as $name => $value ) {
		if ( is_string( $value ) ) {
			$attributes[ $name ] = html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		}
	}
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
		// The page's language, as the element reads it from `<html lang>`: the site's.
		$html .= "\n" . career_paths_fallback_html( $dataset, $tag, $attributes, $words, get_bloginfo( 'language' ) ) . "\n";
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
 * from disk; a URL of the site itself, or of a host the `career_paths_allowed_hosts` filter
 * allows, is fetched (never from a private, loopback, link-local or shared address, unless it is
 * the site's own) and kept for an hour. Null when it cannot be read or does not look like a
 * dataset; the element then reports the problem itself when it runs.
 */
function career_paths_dataset( $src ) {
	static $read = array();
	$url = career_paths_absolute_url( $src );
	if ( '' === $url ) {
		return null;
	}
	if ( array_key_exists( $url, $read ) ) {
		return $read[ $url ];
	}
	$uploads = wp_get_upload_dir();
	$base    = set_url_scheme( trailingslashit( $uploads['baseurl'] ), 'http' );
	$plain   = set_url_scheme( strtok( $url, '?#' ), 'http' );
	if ( 0 === strpos( $plain, $base ) ) {
		$root = realpath( $uploads['basedir'] );
		$file = realpath( $uploads['basedir'] . '/' . rawurldecode( substr( $plain, strlen( $base ) ) ) );
		$json = $root && $file && 0 === strpos( $file, $root . DIRECTORY_SEPARATOR ) && '.json' === strtolower( substr( $file, -5 ) ) && filesize( $file ) <= CAREER_PATHS_MAX_BYTES
			? file_get_contents( $file )
			: false;
	} else {
		$json = career_paths_fetch( $url );
	}
	$dataset      = is_string( $json ) && '' !== $json ? json_decode( $json, true ) : null;
	$read[ $url ] = career_paths_looks_like_dataset( $dataset ) ? $dataset : null;
	return $read[ $url ];
}

/**
 * A `src` as an absolute URL, as the browser reads it on the site's pages: a path from the root
 * (`/…`) belongs to the site's own scheme, host and port, whatever folder WordPress is in.
 * Empty when the URL is not one the element may load.
 */
function career_paths_absolute_url( $src ) {
	$url = esc_url_raw( (string) $src, career_paths_allowed_schemes() );
	if ( '' !== $url && '/' === $url[0] ) {
		if ( isset( $url[1] ) && '/' === $url[1] ) {
			return set_url_scheme( $url );
		}
		$home = wp_parse_url( home_url() );
		if ( empty( $home['host'] ) ) {
			return '';
		}
		$url = ( isset( $home['scheme'] ) ? $home['scheme'] : 'http' ) . '://' . $home['host'] . ( isset( $home['port'] ) ? ':' . $home['port'] : '' ) . $url;
	}
	return $url;
}

/**
 * The JSON at a URL of the site itself or of an allowed host, fetched once an hour at most;
 * false when it may not be fetched or fails. A failure is not kept: nothing is stored for it.
 */
function career_paths_fetch( $url ) {
	$host = strtolower( (string) wp_parse_url( $url, PHP_URL_HOST ) );
	if ( '' === $host || ! in_array( wp_parse_url( $url, PHP_URL_SCHEME ), array( 'http', 'https' ), true ) ) {
		return false;
	}
	$own = array_map(
		function ( $site ) {
			return strtolower( (string) wp_parse_url( $site, PHP_URL_HOST ) );
		},
		array( home_url(), site_url() )
	);
	/**
	 * Filters the hosts, besides the site's own, whose datasets the server may fetch to write the
	 * readable fallback (e.g. `array( 'data.example.edu' )`). Their addresses must be public.
	 *
	 * @param string[] $hosts Host names.
	 */
	$allowed = array_map( 'strtolower', (array) apply_filters( 'career_paths_allowed_hosts', array() ) );
	if ( ! in_array( $host, $own, true ) && ! ( in_array( $host, $allowed, true ) && career_paths_resolves_to_public( $host ) ) ) {
		return false;
	}
	$key  = 'career_paths_' . md5( $url );
	$json = get_transient( $key );
	if ( false !== $json ) {
		return $json;
	}
	$response = wp_remote_get(
		$url,
		array(
			'timeout'             => 5,
			// A redirect could lead anywhere: only the URL checked here is read.
			'redirection'         => 0,
			'limit_response_size' => CAREER_PATHS_MAX_BYTES + 1,
		)
	);
	$json = 200 === wp_remote_retrieve_response_code( $response ) ? wp_remote_retrieve_body( $response ) : '';
	if ( '' === $json || strlen( $json ) > CAREER_PATHS_MAX_BYTES || ! career_paths_looks_like_dataset( json_decode( $json, true ) ) ) {
		return false;
	}
	set_transient( $key, $json, HOUR_IN_SECONDS );
	return $json;
}

/** Whether a host (a name or an address) has addresses, all of them public. */
function career_paths_resolves_to_public( $host ) {
	$host = trim( $host, '[]' );
	if ( filter_var( $host, FILTER_VALIDATE_IP ) ) {
		$addresses = array( $host );
	} else {
		$addresses = (array) gethostbynamel( $host );
		$records   = function_exists( 'dns_get_record' ) ? @dns_get_record( $host, DNS_AAAA ) : array(); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- no record is an answer.
		foreach ( (array) $records as $record ) {
			if ( isset( $record['ipv6'] ) ) {
				$addresses[] = $record['ipv6'];
			}
		}
	}
	$addresses = array_filter( $addresses );
	if ( ! $addresses ) {
		return false;
	}
	foreach ( $addresses as $address ) {
		if ( ! career_paths_is_public_address( $address ) ) {
			return false;
		}
	}
	return true;
}

/**
 * Whether an IPv4 or IPv6 address is public: not private, loopback, link-local, shared (carrier-
 * grade NAT), unique local, multicast, reserved or documentation; an IPv4 address inside IPv6
 * (mapped, compatible, 6to4 or NAT64) is judged as IPv4.
 */
function career_paths_is_public_address( $address ) {
	$bytes = @inet_pton( $address ); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- not an address is an answer.
	if ( false === $bytes ) {
		return false;
	}
	if ( 16 === strlen( $bytes ) ) {
		$inner = array(
			array( str_repeat( "\0", 10 ) . "\xff\xff", 12 ), // ::ffff:0:0/96, mapped.
			array( str_repeat( "\0", 12 ), 12 ),                // ::/96, compatible (and :: and ::1).
			array( "\0\x64\xff\x9b" . str_repeat( "\0", 8 ), 12 ), // 64:ff9b::/96, NAT64.
		);
		foreach ( $inner as list( $prefix, $length ) ) {
			if ( substr( $bytes, 0, $length ) === $prefix ) {
				return career_paths_is_public_address( inet_ntop( substr( $bytes, 12 ) ) );
			}
		}
		if ( "\x20\x02" === substr( $bytes, 0, 2 ) ) { // 2002::/16, 6to4.
			return career_paths_is_public_address( inet_ntop( substr( $bytes, 2, 4 ) ) );
		}
		$blocked = array( 'fc00::/7', 'fe80::/10', 'fec0::/10', 'ff00::/8', '2001:db8::/32', '2001::/23', '100::/64' );
	} else {
		$blocked = array( '0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/24', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '224.0.0.0/3' );
	}
	foreach ( $blocked as $range ) {
		list( $network, $bits ) = explode( '/', $range );
		$network                = inet_pton( $network );
		if ( strlen( $network ) !== strlen( $bytes ) ) {
			continue;
		}
		$whole = intdiv( (int) $bits, 8 );
		$rest  = (int) $bits % 8;
		if ( substr( $bytes, 0, $whole ) !== substr( $network, 0, $whole ) ) {
			continue;
		}
		if ( 0 === $rest || ( ( ord( $bytes[ $whole ] ) ^ ord( $network[ $whole ] ) ) & ( 0xff << ( 8 - $rest ) ) & 0xff ) === 0 ) {
			return false;
		}
	}
	return true;
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
