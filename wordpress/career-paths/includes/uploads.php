<?php
/**
 * JSON datasets in the Media Library: allowed to anyone who may upload files (and, on a network,
 * only when the network's "Upload file types" allow `json`), and only when the file is JSON that
 * parses and is no larger than the editor makes (5 MB).
 *
 * @package career-paths
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'upload_mimes', 'career_paths_upload_mimes', 10, 2 );
add_filter( 'wp_check_filetype_and_ext', 'career_paths_check_json', 10, 4 );
add_filter( 'wp_handle_upload_prefilter', 'career_paths_refuse_broken_json' );
add_filter( 'wp_handle_sideload_prefilter', 'career_paths_refuse_broken_json' );

/**
 * Adds `.json` to the types a user who may upload files can upload, unless the network's
 * "Upload file types" leave it out.
 */
function career_paths_upload_mimes( $mimes, $user = null ) {
	$can = $user ? user_can( $user, 'upload_files' ) : current_user_can( 'upload_files' );
	if ( $can && career_paths_network_allows_json() ) {
		$mimes['json'] = 'application/json';
	}
	return $mimes;
}

/** Whether the network's "Upload file types" (Network Admin › Settings) include `json`; true on a single site. */
function career_paths_network_allows_json() {
	if ( ! is_multisite() ) {
		return true;
	}
	$types = explode( ' ', strtolower( (string) get_site_option( 'upload_filetypes', '' ) ) );
	return in_array( 'json', $types, true );
}

/** The text of a `.json` upload when it parses as JSON, else null. */
function career_paths_parsed_json( $file ) {
	$text = is_readable( $file ) && filesize( $file ) <= CAREER_PATHS_MAX_BYTES ? file_get_contents( $file ) : false;
	if ( false === $text ) {
		return null;
	}
	json_decode( $text );
	return JSON_ERROR_NONE === json_last_error() ? $text : null;
}

/**
 * WordPress checks an upload's content against its extension, and the content sniffer calls
 * JSON `text/plain` or `application/json` depending on the system; a `.json` file that parses
 * is JSON whatever the sniffer says, and one that does not is refused.
 */
function career_paths_check_json( $checked, $file, $filename, $mimes ) {
	// WordPress's own uploads pass no list (false or null): the types allowed to the current user.
	if ( ! is_array( $mimes ) ) {
		$mimes = get_allowed_mime_types();
	}
	if ( 'json' !== strtolower( pathinfo( (string) $filename, PATHINFO_EXTENSION ) ) || ! isset( $mimes['json'] ) ) {
		return $checked;
	}
	if ( null === career_paths_parsed_json( $file ) ) {
		return array(
			'ext'             => false,
			'type'            => false,
			'proper_filename' => false,
		);
	}
	return array(
		'ext'             => 'json',
		'type'            => 'application/json',
		'proper_filename' => $checked['proper_filename'],
	);
}

/** Refuses a `.json` upload that is too large or does not parse, with a message that says why. */
function career_paths_refuse_broken_json( $file ) {
	if ( empty( $file['error'] ) && isset( $file['name'], $file['tmp_name'] ) && 'json' === strtolower( pathinfo( (string) $file['name'], PATHINFO_EXTENSION ) ) && current_user_can( 'upload_files' ) ) {
		if ( is_readable( $file['tmp_name'] ) && filesize( $file['tmp_name'] ) > CAREER_PATHS_MAX_BYTES ) {
			$file['error'] = sprintf(
				/* translators: %s: the largest size allowed, e.g. 5 MB */
				__( 'This file is larger than a career paths dataset may be (%s). Make the dataset smaller in the editor and upload it again.', 'career-paths' ),
				size_format( CAREER_PATHS_MAX_BYTES )
			);
		} elseif ( null === career_paths_parsed_json( $file['tmp_name'] ) ) {
			$file['error'] = sprintf(
				/* translators: %s: the JSON parser's message */
				__( 'This file is not valid JSON (%s), so it cannot be used as a career paths dataset. Export the dataset again from the editor and upload that file.', 'career-paths' ),
				json_last_error_msg()
			);
		}
	}
	return $file;
}
