// The WordPress plugin's "Requires PHP" claim, checked on that PHP itself (PHP compiled to
// WebAssembly, from npm): every PHP file of the plugin parses, and calls no function of PHP's own
// that is newer. The tests of the plugin on WordPress run it on the system's PHP.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadPHPRuntime, PHP } from '@php-wasm/universal';
import { getPHPLoaderModule } from '@php-wasm/node-7-4';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const plugin = join(root, 'wordpress', 'career-paths');
const claim = /^ \* Requires PHP:\s+(\S+)$/m.exec(readFileSync(join(plugin, 'career-paths.php'), 'utf8'))?.[1];
const phpFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    return statSync(file).isDirectory() ? phpFiles(file) : file.endsWith('.php') ? [file] : [];
  });
const systemPhp = spawnSync('php', ['-r', 'echo json_encode(get_defined_functions()["internal"]);'], { encoding: 'utf8' });

describe(`the plugin on PHP ${claim}, the PHP its header requires`, () => {
  let php;
  const files = phpFiles(plugin);
  before(async () => {
    php = new PHP(await loadPHPRuntime(await getPHPLoaderModule()));
    for (const file of files) {
      php.mkdir(dirname(`/plugin/${relative(plugin, file)}`));
      php.writeFile(`/plugin/${relative(plugin, file)}`, readFileSync(file));
    }
  });
  /** Runs PHP code on that PHP and returns what it printed, read as JSON. */
  const run = async (code) => JSON.parse((await php.run({ code: `<?php ${code}` })).text);

  test('is the PHP the header names', async () => {
    assert.equal(claim, '7.4');
    assert.match(await run('echo json_encode(PHP_VERSION);'), /^7\.4\./);
  });

  test('parses every PHP file of the plugin', async () => {
    assert.ok(files.length >= 5);
    const errors = await run(`
      $errors = array();
      foreach ( ${JSON.stringify(files.map((file) => `/plugin/${relative(plugin, file)}`))} as $file ) {
        try {
          // Compiled whole, run not at all.
          eval( 'return; ?>' . file_get_contents( $file ) );
        } catch ( ParseError $error ) {
          $errors[] = $file . ':' . $error->getLine() . ' ' . $error->getMessage();
        }
      }
      echo json_encode( $errors );`);
    assert.deepEqual(errors, []);
  });

  test('calls no function of PHP’s own that this PHP lacks', { skip: systemPhp.status !== 0 && 'needs the php command' }, async () => {
    const newer = JSON.parse(systemPhp.stdout);
    const missing = await run(`
      $missing = array();
      foreach ( ${JSON.stringify(files.map((file) => `/plugin/${relative(plugin, file)}`))} as $file ) {
        $tokens = array_values( array_filter( token_get_all( file_get_contents( $file ) ), function ( $token ) {
          return ! is_array( $token ) || ! in_array( $token[0], array( T_WHITESPACE, T_COMMENT, T_DOC_COMMENT ), true );
        } ) );
        foreach ( $tokens as $i => $token ) {
          $next     = isset( $tokens[ $i + 1 ] ) ? $tokens[ $i + 1 ] : null;
          $previous = $i > 0 ? $tokens[ $i - 1 ] : null;
          if ( is_array( $token ) && T_STRING === $token[0] && '(' === $next && ! ( is_array( $previous ) && in_array( $previous[0], array( T_FUNCTION, T_OBJECT_OPERATOR, T_DOUBLE_COLON, T_NEW ), true ) ) ) {
            $name = strtolower( $token[1] );
            if ( in_array( $name, ${JSON.stringify(newer)}, true ) && ! function_exists( $name ) ) {
              $missing[] = $file . ':' . $token[2] . ' ' . $name . '()';
            }
          }
        }
      }
      echo json_encode( $missing );`);
    assert.deepEqual(missing, []);
  });
});
