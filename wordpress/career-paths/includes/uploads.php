<?php
/**
 * JSON datasets in the Media Library: allowed to anyone who may upload files, and only when
 * the file is JSON that parses.
 *
 * @package career-paths
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'upload_mimes', 'career_paths_upload_mimes', 10, 2 );
add_filter( 'wp_check_filetype_and_ext', 'career_paths_check_json', 10, 4 );
add_filter( 'wp_handle_upload_prefilter', 'career_paths_refuse_broken_json' );
add_filter( 'wp_handle_sideload_prefilter', 'career_paths_refuse_broken_json' );

/** Adds `.json` to the types a user who may upload files can upload. */
function career_paths_upload_mimes( $mimes, $user = null ) {
	$can = $user ? user_can( $user, 'upload_files' ) : current_user_can( 'upload_files' );
	if ( $can ) {
		$mimes['json'] = 'application/json';
	}
	return $mimes;
}

/** The text of a `.json` upload when it parses as JSON, else null. */
function career_paths_parsed_json( $file ) {
	$text = is_readable( $file ) ? file_get_contents( $file ) : false;
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
	if ( 'json' !== strtolower( pathinfo( (string) $filename, PATHINFO_EXTENSION ) ) || ! is_array( $mimes ) || ! isset( $mimes['json'] ) ) {
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

/** Refuses a `.json` upload that does not parse, with a message that says why. */
function career_paths_refuse_broken_json( $file ) {
	if ( empty( $file['error'] ) && isset( $file['name'], $file['tmp_name'] ) && 'json' === strtolower( pathinfo( (string) $file['name'], PATHINFO_EXTENSION ) ) && current_user_can( 'upload_files' ) ) {
		if ( null === career_paths_parsed_json( $file['tmp_name'] ) ) {
			$file['error'] = sprintf(
				/* translators: %s: the JSON parser's message */
				__( 'This file is not valid JSON (%s), so it cannot be used as a career paths dataset. Export the dataset again from the editor and upload that file.', 'career-paths' ),
				json_last_error_msg()
			);
		}
	}
	return $file;
}
