<?php
// Writes the plugin's fallback markup for each case read as JSON from standard input
// ({ languages, cases: [{ dataset, tag, attributes }] }), as a JSON list, for the parity test.
define( 'ABSPATH', __DIR__ . '/' );
require dirname( __DIR__, 2 ) . '/wordpress/career-paths/includes/fallback.php';

$input = json_decode( stream_get_contents( STDIN ), true, 512, JSON_THROW_ON_ERROR );
$html  = array();
foreach ( $input['cases'] as $case ) {
	$html[] = career_paths_fallback_html( $case['dataset'], $case['tag'], $case['attributes'], $input['languages'] );
}
echo json_encode( $html, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
